import { apiErrorSchema } from '../../core/schemas/api-error';

/** One field issue of a refusal; `code` and `params` let a page say some of them in its own language. */
export interface ApiIssue {
  readonly field: string;
  readonly message: string;
  readonly code?: string | undefined;
  readonly params?: Readonly<Record<string, string | number>> | undefined;
}

/** An answer from the API that was not a success, with the server's user-safe message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly ApiIssue[];
  /** Seconds to wait before trying again, when the server said so (Retry-After, after failed sign-ins). */
  readonly retryAfterSeconds: number | null;

  constructor(
    status: number,
    code: string,
    message: string,
    issues: readonly ApiIssue[],
    retryAfterSeconds: number | null = null,
  ) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
    this.retryAfterSeconds = retryAfterSeconds;
  }
}

/** The ApiError a failed response stands for, read from the API's `{ error: { code, message, issues } }`. */
export async function apiErrorFrom(response: Response): Promise<ApiError> {
  const payload: unknown = await response.json().catch(() => null);
  const retryAfter = Number(response.headers.get('retry-after') ?? '');
  const retryAfterSeconds = Number.isFinite(retryAfter) && retryAfter > 0 ? Math.ceil(retryAfter) : null;
  const parsed = apiErrorSchema.safeParse(payload);
  if (parsed.success) {
    const { code, message, issues } = parsed.data.error;
    return new ApiError(response.status, code, message, issues ?? [], retryAfterSeconds);
  }
  return new ApiError(
    response.status,
    'unexpected',
    `the server answered ${String(response.status)}`,
    [],
    retryAfterSeconds,
  );
}

/** The error a failed `fetch` (no answer at all) stands for. */
export function networkError(): ApiError {
  return new ApiError(0, 'network', 'the server could not be reached', []);
}

/** True for "not found": a record that does not exist, or one the caller may not see (the API does not say which). */
export function isNotFound(error: unknown): boolean {
  return error instanceof ApiError && error.status === 404;
}
