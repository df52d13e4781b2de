import { z } from 'zod';

/**
 * A `LocalizedText` in a response: the same words in every reading language. `vi`, `zh-Hans` and `ar` are
 * optional only while their translations are merged (issue 22); they become required at the merge.
 */
export const localizedTextSchema = z.object({
  en: z.string(),
  es: z.string(),
  vi: z.string().optional(),
  'zh-Hans': z.string().optional(),
  ar: z.string().optional(),
});
