import { MutationObserver, useMutation, useQuery, type UseMutationOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { personLanguageSchema } from '../../core/schemas/person-language';
import type { Language } from '../i18n/languages';
import { callApi } from './client';
import { queryClient } from './query-client';
import { queryKeys } from './query-keys';

/** `GET /api/v1/account/language`: the person's reading language, and what a child's home language suggests. */
export const accountLanguageSchema = personLanguageSchema.extend({
  suggested: z.enum(['es', 'vi', 'zh-Hans', 'ar']).nullable(),
});
export type AccountLanguage = z.infer<typeof accountLanguageSchema>;

/**
 * The signed-in person's reading language (docs/decisions/0048). Keyed by the person, so signing in as someone
 * else asks again; read once per sign-in (each read is audited as a look at the children's home languages).
 */
export function useAccountLanguage(userId: string | null) {
  return useQuery({
    queryKey: queryKeys.accountLanguage(userId ?? ''),
    queryFn: () => callApi('GET', '/api/v1/account/language', accountLanguageSchema),
    enabled: userId !== null,
    staleTime: Number.POSITIVE_INFINITY,
  });
}

/**
 * Saves the reading language (null: the browser decides again). The choice is put in the cache at once, and a
 * read still under way is cancelled, so an older answer cannot switch the page back; saves run one after the
 * other (one scope), so quick clicks on the switch are stored in the order they were made.
 */
const saveAccountLanguageOptions: UseMutationOptions<AccountLanguage, Error, Language | null> = {
  scope: { id: 'account-language' },
  mutationFn: (language: Language | null) =>
    callApi('PUT', '/api/v1/account/language', accountLanguageSchema, { language }),
  onMutate: async (language) => {
    await queryClient.cancelQueries({ queryKey: queryKeys.accountLanguageOfAnyone });
    queryClient.setQueriesData<AccountLanguage>({ queryKey: queryKeys.accountLanguageOfAnyone }, (previous) => ({
      language,
      suggested: language === null ? (previous?.suggested ?? null) : null,
    }));
  },
  onSuccess: (saved) => {
    queryClient.setQueriesData<AccountLanguage>({ queryKey: queryKeys.accountLanguageOfAnyone }, saved);
  },
};

/** The save as a hook, for a form that shows its progress (the account page, the suggestion). */
export function useSaveAccountLanguage() {
  return useMutation(saveAccountLanguageOptions);
}

/**
 * The same save outside React, in the same scope: the header's language switch loads this module only when a
 * signed-in person switches, so the first page does not carry it (the first-page budget, docs/performance.md).
 */
export function saveAccountLanguage(language: Language | null): Promise<AccountLanguage> {
  return new MutationObserver(queryClient, saveAccountLanguageOptions).mutate(language);
}
