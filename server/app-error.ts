import type { FieldIssue } from '../core/schemas/format-issues';

/** The error codes the API can answer with; each maps to one HTTP status in http/error-handler.ts. */
export const APP_ERROR_CODES = {
  'invalid-input': 400,
  'malformed-json': 400,
  'not-signed-in': 401,
  forbidden: 403,
  'csrf-rejected': 403,
  'not-found': 404,
  'unsupported-media-type': 415,
  'payload-too-large': 413,
  conflict: 409,
  // A single-use invitation link that can no longer be used (410 Gone: it existed, and never will again).
  'invitation-expired': 410,
  'invitation-used': 410,
  'invitation-revoked': 410,
  'rate-limited': 429,
  // Too many refused requests from one address (server/http/refusal-limiter.ts), or too many documents being
  // made at once for one account (docs/decisions/0012); comes with Retry-After. `rate-limited` is sign-in's.
  'too-many-requests': 429,
  internal: 500,
} as const;
export type AppErrorCode = keyof typeof APP_ERROR_CODES;

/**
 * The one error type (docs/architecture.md). `message` is safe to show a user; `internal` is for logs only
 * and never leaves the server.
 */
export class AppError extends Error {
  readonly code: AppErrorCode;
  readonly issues: readonly FieldIssue[];
  readonly internal: string | undefined;
  /** Sent as Retry-After (seconds) with a 429: when trying again makes sense. */
  readonly retryAfterSeconds: number | undefined;
  /** A plain field (not a getter): Fastify writes to it when a validator returns this error. */
  statusCode: number;

  constructor(
    code: AppErrorCode,
    message: string,
    options: { issues?: readonly FieldIssue[]; internal?: string; retryAfterSeconds?: number } = {},
  ) {
    super(message);
    this.name = 'AppError';
    this.code = code;
    this.issues = options.issues ?? [];
    this.internal = options.internal;
    this.retryAfterSeconds = options.retryAfterSeconds;
    this.statusCode = APP_ERROR_CODES[code];
  }

  /** Bad input: the first issue becomes the one-line message, every issue is listed. */
  static invalidInput(issues: readonly FieldIssue[]): AppError {
    const first = issues[0];
    const message = first === undefined ? 'invalid input' : `${first.field}: ${first.message}`;
    return new AppError('invalid-input', message, { issues });
  }

  static notFound(what: string): AppError {
    return new AppError('not-found', `${what} not found`);
  }
}
