import type { FastifyError, FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { AppError } from '../app-error';

/** The JSON body of every error the API sends. */
export interface ErrorBody {
  readonly error: {
    readonly code: string;
    readonly message: string;
    readonly issues?: readonly {
      field: string;
      message: string;
      code?: string;
      params?: Readonly<Record<string, string | number>>;
    }[];
  };
}

/** Fastify's own errors that we answer with a known code rather than a 500. */
const FASTIFY_CODES: Record<string, AppError> = {
  FST_ERR_CTP_INVALID_JSON_BODY: new AppError('malformed-json', 'the request body is not valid JSON'),
  FST_ERR_CTP_EMPTY_JSON_BODY: new AppError('malformed-json', 'the request body is empty; expected JSON'),
  FST_ERR_CTP_BODY_TOO_LARGE: new AppError('payload-too-large', 'the request body is too large'),
  FST_ERR_CTP_INVALID_MEDIA_TYPE: new AppError('unsupported-media-type', 'expected Content-Type: application/json'),
  // Uploads (@fastify/multipart, docs/decisions/0042): each names the field, as every refusal does.
  FST_REQ_FILE_TOO_LARGE: new AppError('payload-too-large', 'file: the file is larger than 25 MB', {
    issues: [{ field: 'file', message: 'larger than 25 MB', code: 'file-too-large' }],
  }),
  FST_FILES_LIMIT: new AppError('payload-too-large', 'file: send one file at a time', {
    issues: [{ field: 'file', message: 'send one file at a time', code: 'one-file-at-a-time' }],
  }),
  FST_PARTS_LIMIT: new AppError('payload-too-large', 'the form has too many parts', {
    issues: [{ field: '(body)', message: 'too many parts' }],
  }),
  FST_FIELDS_LIMIT: new AppError('payload-too-large', 'the form has too many fields', {
    issues: [{ field: '(body)', message: 'too many fields' }],
  }),
  FST_PROTO_VIOLATION: AppError.invalidInput([{ field: '(body)', message: 'a field name that is not allowed' }]),
  FST_INVALID_MULTIPART_CONTENT_TYPE: new AppError(
    'unsupported-media-type',
    'expected Content-Type: multipart/form-data',
  ),
  FST_MP_PREMATURE_CLOSE: AppError.invalidInput([{ field: '(body)', message: 'the upload ended before the form did' }]),
  FST_ERR_CTP_INVALID_CONTENT_LENGTH: new AppError(
    'malformed-json',
    'the Content-Length header does not match the body',
  ),
};

/** Maps every error to HTTP in one place (docs/architecture.md): never a stack trace, never SQL. */
export function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error;
  const code = (error as Partial<FastifyError> | null)?.code;
  if (code !== undefined && code in FASTIFY_CODES) return FASTIFY_CODES[code] ?? internalError(error);
  if (error instanceof SyntaxError && (error as Partial<FastifyError>).statusCode === 400) {
    return new AppError('malformed-json', 'the request body is not valid JSON');
  }
  return internalError(error);
}

function internalError(error: unknown): AppError {
  return new AppError('internal', 'something went wrong on our side; nothing was changed', {
    internal: error instanceof Error ? `${error.name}: ${error.message}${describeCause(error.cause)}` : 'unknown error',
  });
}

/** A response that fails its schema carries the zod issues as its cause: paths only, never values. */
function describeCause(cause: unknown): string {
  const issues = (cause as { issues?: { path?: PropertyKey[]; message?: string }[] } | undefined)?.issues;
  if (!Array.isArray(issues)) return '';
  return ` (${issues.map((issue) => `${(issue.path ?? []).map(String).join('.')}: ${issue.message ?? ''}`).join('; ')})`;
}

/** Builds the JSON body for an AppError. */
export function errorBody(error: AppError): ErrorBody {
  return {
    error: {
      code: error.code,
      message: error.message,
      ...(error.issues.length > 0 ? { issues: error.issues } : {}),
    },
  };
}

/**
 * Errors Fastify's router raises before any route or hook runs (a path part that is not valid percent-encoded
 * UTF-8, or one longer than the router takes), in our error shape: by default Fastify answers with its own body,
 * which quotes the whole address back.
 */
export function frameworkErrors(error: FastifyError, _request: FastifyRequest, reply: FastifyReply): void {
  const message =
    error.code === 'FST_ERR_MAX_PARAM_LENGTH'
      ? 'a part of the address is too long to name anything'
      : 'the address is not valid: a part of it is not percent-encoded UTF-8';
  const appError = AppError.invalidInput([{ field: '(path)', message }]);
  void reply.code(appError.statusCode).type('application/json; charset=utf-8').send(errorBody(appError));
}

export function registerErrorHandling(app: FastifyInstance): void {
  app.setErrorHandler((error: unknown, request: FastifyRequest, reply: FastifyReply) => {
    const appError = toAppError(error);
    if (appError.code === 'internal') {
      // Logged with the route, never the body: bodies can hold a child's records.
      request.log.error({ err: appError.internal, route: request.routeOptions.url }, 'unhandled error');
    }
    if (appError.retryAfterSeconds !== undefined) void reply.header('retry-after', String(appError.retryAfterSeconds));
    return reply.code(appError.statusCode).type('application/json; charset=utf-8').send(errorBody(appError));
  });
}
