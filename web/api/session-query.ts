import { queryOptions } from '@tanstack/react-query';
import { sessionInfoSchema, type SessionInfo } from '../../core/schemas/account';
import { apiErrorFrom, networkError } from './api-error';
import { queryKeys } from './query-keys';

/** The session as the web app keeps it: who is signed in and the CSRF token, and how it just ended. */
export type SessionState = SessionInfo & {
  /**
   * `expired`: a signed-in session ended under the person (idle timeout, signed out elsewhere), so the
   * sign-in page brings them back where they were; `signed-out`: they signed out, and it says so.
   */
  readonly ended?: 'expired' | 'signed-out';
};

export const SIGNED_OUT: SessionState = { user: null, csrfToken: null };

async function fetchSession(): Promise<SessionState> {
  let response: Response;
  try {
    response = await fetch('/api/v1/session', { headers: { accept: 'application/json' }, credentials: 'same-origin' });
  } catch {
    throw networkError();
  }
  if (!response.ok) throw await apiErrorFrom(response);
  return sessionInfoSchema.parse(await response.json());
}

/**
 * `GET /api/v1/session`, fetched once and kept: it changes only when the person signs in or out (then it is
 * fetched again) or when the server says the session is over (a 401 sets it to signed out).
 */
export const sessionQuery = queryOptions({
  queryKey: queryKeys.session,
  queryFn: fetchSession,
  staleTime: Number.POSITIVE_INFINITY,
});
