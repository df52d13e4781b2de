import { apiErrorSchema, noContentSchema } from '../../../core/schemas/api-error';

/** The body of a 204 answer. */
export const noContent = noContentSchema;
export {
  idParams,
  planVersionParams,
  studentEventParams,
  studentLetterParams,
} from '../../../core/schemas/route-params';
export { historyResponseSchema as historyResponse } from '../../../core/schemas/record-history';

export const errorResponse = apiErrorSchema;

/** The error answers every route may give, for the OpenAPI document. */
export const errorResponses = { 400: errorResponse, 404: errorResponse, 409: errorResponse } as const;

/**
 * The error answers of a route that makes a PDF or an archive: also 429 (with Retry-After) when the account
 * already has as many documents being made as it may (docs/decisions/0012). The 200 answer is the file.
 */
export const documentErrorResponses = { ...errorResponses, 429: errorResponse } as const;
