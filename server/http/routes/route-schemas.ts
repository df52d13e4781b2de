import { z } from 'zod';
import { apiErrorSchema, noContentSchema } from '../../../core/schemas/api-error';

/** `:id`-style path parameters. Ids are opaque; an unknown one answers 404, not 400. */
/** The body of a 204 answer. */
export const noContent = noContentSchema;
export const idParams = z.object({ id: z.string().min(1).max(64) });
export const planVersionParams = z.object({ id: z.string().min(1).max(64), versionId: z.string().min(1).max(64) });

/** One state of a record in its history. */
export const historyEntrySchema = z.object({
  action: z.enum(['create', 'update', 'delete']),
  at: z.string(),
  data: z.unknown(),
});
export const historyResponse = z.object({ history: z.array(historyEntrySchema) });

export const errorResponse = apiErrorSchema;

/** The error answers every route may give, for the OpenAPI document. */
export const errorResponses = { 400: errorResponse, 404: errorResponse, 409: errorResponse } as const;

/**
 * The error answers of a route that makes a PDF or an archive: also 429 (with Retry-After) when the account
 * already has as many documents being made as it may (docs/decisions/0012). The 200 answer is the file.
 */
export const documentErrorResponses = { ...errorResponses, 429: errorResponse } as const;
