import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';

/**
 * The language a person chose to read Binder in (GET/PUT /api/v1/account/language, docs/decisions/0048):
 * one of the five reading languages, or null while they have chosen none (then their browser's languages
 * decide pages, mail and PDFs).
 */
export const personLanguageSchema = z.strictObject({
  language: z.enum(LANGUAGES, { error: LANGUAGE_ERROR }).nullable(),
});
export type PersonLanguage = z.infer<typeof personLanguageSchema>;
