import { z } from 'zod';

/** Every refusal of the API: a stable code, a message safe to show, and the fields at fault when input was bad. */
export const apiErrorSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z
      .array(
        z.object({
          field: z.string(),
          message: z.string(),
          /** A stable code for some refusals (an upload's: core/schemas/upload-refusal.ts). */
          code: z.string().optional(),
        }),
      )
      .optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** The body of a 204 answer. */
export const noContentSchema = z.null().describe('no content');
