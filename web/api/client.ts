import { z } from 'zod';

/** An answer from the API that was not a success, with the server's user-safe message. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  readonly issues: readonly { field: string; message: string }[];

  constructor(status: number, code: string, message: string, issues: readonly { field: string; message: string }[]) {
    super(message);
    this.status = status;
    this.code = code;
    this.issues = issues;
  }
}

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    issues: z.array(z.object({ field: z.string(), message: z.string() })).optional(),
  }),
});

/**
 * Calls the JSON API and checks the answer against the zod schema from core/schemas, so the web app and
 * the server agree on shapes at run time too.
 */
export async function callApi<T>(
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  path: string,
  schema: z.ZodType<T>,
  body?: unknown,
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { accept: 'application/json', 'content-type': 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
      credentials: 'same-origin',
    });
  } catch {
    throw new ApiError(0, 'network', 'the server could not be reached', []);
  }
  const payload: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const parsed = errorBodySchema.safeParse(payload);
    if (parsed.success) {
      throw new ApiError(
        response.status,
        parsed.data.error.code,
        parsed.data.error.message,
        parsed.data.error.issues ?? [],
      );
    }
    throw new ApiError(response.status, 'unexpected', `the server answered ${String(response.status)}`, []);
  }
  return schema.parse(payload);
}
