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
          /**
           * A stable code for some refusals (an upload's: core/schemas/upload-refusal.ts; a CSV import's:
           * core/schemas/csv-problem.ts).
           */
          code: z.string().optional(),
          /** What the code's words need, e.g. a CSV problem's row, column and the value the file has. */
          params: z.record(z.string(), z.union([z.string(), z.number()])).optional(),
        }),
      )
      .optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof apiErrorSchema>;

/** The body of a 204 answer. */
export const noContentSchema = z.null().describe('no content');
