import type { z } from 'zod';
import { apiErrorFrom, networkError } from './api-error';
import { queryClient } from './query-client';
import { sessionQuery, SIGNED_OUT } from './session-query';

export { ApiError } from './api-error';

type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** The session's CSRF token (null when nobody is signed in), from the session query, fetched if need be. */
async function csrfToken(): Promise<string | null> {
  try {
    return (await queryClient.query({ ...sessionQuery, staleTime: 'static' })).csrfToken;
  } catch {
    return null;
  }
}

/**
 * The server says nobody is signed in (the session timed out, or was ended elsewhere): the app shows the
 * sign-in page (which brings the person back where they were), and nothing read as that person stays cached.
 */
function endSession(): void {
  const wasSignedIn = queryClient.getQueryData(sessionQuery.queryKey)?.user != null;
  queryClient.setQueryData(sessionQuery.queryKey, wasSignedIn ? { ...SIGNED_OUT, ended: 'expired' } : SIGNED_OUT);
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
}

/**
 * Every request of the web app goes through here: a state-changing one carries the session's CSRF token
 * (`X-CSRF-Token`; the browser adds our Origin itself). A 401 "not signed in" ends the session in the app;
 * a 403 "csrf-rejected" (the session changed, e.g. a password change elsewhere) is tried once more with the
 * current token. A failed answer is thrown as an ApiError with the server's code, message and field issues.
 */
export async function sendRequest(
  method: Method,
  path: string,
  options: { body?: unknown; form?: FormData; accept?: string; file?: { data: Blob; contentType: string } } = {},
  isRetry = false,
): Promise<Response> {
  const headers: Record<string, string> = { accept: options.accept ?? 'application/json' };
  // A form (an upload) sets its own multipart Content-Type with its boundary; a file is sent as its own type.
  if (options.body !== undefined && options.form === undefined) headers['content-type'] = 'application/json';
  if (options.file !== undefined) headers['content-type'] = options.file.contentType;
  if (method !== 'GET') {
    const token = await csrfToken();
    if (token !== null) headers['x-csrf-token'] = token;
  }
  let response: Response;
  try {
    response = await fetch(path, {
      method,
      headers,
      body:
        options.form ?? options.file?.data ?? (options.body === undefined ? undefined : JSON.stringify(options.body)),
      credentials: 'same-origin',
    });
  } catch {
    throw networkError();
  }
  if (response.ok) return response;
  const error = await apiErrorFrom(response);
  if (error.status === 401 && error.code === 'not-signed-in') {
    endSession();
  } else if (error.status === 403 && error.code === 'csrf-rejected' && method !== 'GET' && !isRetry) {
    const fresh = await queryClient.query({ ...sessionQuery, staleTime: 0 }).catch(() => null);
    if (fresh !== null && fresh.user === null) endSession();
    else if (fresh !== null) return sendRequest(method, path, options, true);
  }
  throw error;
}

/**
 * Calls the JSON API and checks the answer against the zod schema from core/schemas, so the web app and
 * the server agree on shapes at run time too. A 204 answer is `null`.
 */
export async function callApi<T>(method: Method, path: string, schema: z.ZodType<T>, body?: unknown): Promise<T> {
  const response = await sendRequest(method, path, { body });
  const payload: unknown = response.status === 204 ? null : await response.json().catch(() => null);
  return schema.parse(payload);
}

/** Sends a form with a file (multipart/form-data) and checks the JSON answer, as callApi does. */
export async function callApiWithForm<T>(path: string, schema: z.ZodType<T>, form: FormData): Promise<T> {
  const response = await sendRequest('POST', path, { form });
  return schema.parse(await response.json().catch(() => null));
}

/** A file from the API (a PDF); refusals still arrive as JSON and are thrown as an ApiError. */
export async function fetchFile(method: Method, path: string, accept: string, body?: unknown): Promise<Blob> {
  const response = await sendRequest(method, path, { body, accept: `${accept}, application/json` });
  return response.blob();
}

/** Sends a file as the request body (its bytes as they are) and checks the JSON answer like callApi. */
export async function sendFile<T>(
  method: Method,
  path: string,
  schema: z.ZodType<T>,
  file: { data: Blob; contentType: string },
): Promise<T> {
  const response = await sendRequest(method, path, { file });
  return schema.parse(await response.json().catch(() => null));
}
