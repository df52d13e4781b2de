import { z } from 'zod';
import { LANGUAGE_ERROR, LANGUAGES } from '../progress/format-words';

/** The languages a binder PDF is printed in: the five reading languages, like the other documents. */
export const BINDER_LANGUAGES = LANGUAGES;

/** The query of `GET /api/v1/students/:id/binder.pdf`. */
export const binderQuerySchema = z.object({
  language: z.enum(BINDER_LANGUAGES, { error: LANGUAGE_ERROR }).default('en'),
});
export type BinderQuery = z.infer<typeof binderQuerySchema>;
