import { useMutation, useQueryClient } from '@tanstack/react-query';
import { demoFamilySchema } from '../../core/schemas/demo-family';
import type { Language } from '../i18n/languages';
import { callApi } from './client';
import { queryKeys } from './query-keys';

/**
 * Loads the demo family (the home page's button). Apart from families.ts, so the home page does not carry the
 * family and student schemas.
 */
export function useLoadDemoFamily() {
  const queryClient = useQueryClient();
  return useMutation({
    /**
     * The reader's language (any of the five): the family's notes and messages come in it, the school's plans and
     * the sent letter in English or Spanish (docs/decisions/0053).
     */
    mutationFn: (language: Language) => callApi('POST', '/api/v1/demo', demoFamilySchema, { language }),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: queryKeys.families }),
  });
}
