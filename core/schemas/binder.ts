import { z } from 'zod';

/** The languages a binder PDF is printed in. */
export const BINDER_LANGUAGES = ['en', 'es'] as const;

/** The query of `GET /api/v1/students/:id/binder.pdf`. */
export const binderQuerySchema = z.object({
  language: z.enum(BINDER_LANGUAGES, { error: 'expected "en" or "es"' }).default('en'),
});
export type BinderQuery = z.infer<typeof binderQuerySchema>;
