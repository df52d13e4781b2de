import { useMutation, useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import type { ChangePassword, SignIn, SignUp } from '../../core/schemas/account';
import { callApi } from './client';
import { queryClient } from './query-client';
import { sessionQuery, SIGNED_OUT, type SessionState } from './session-query';

/** Who is signed in (and the CSRF token), fetched once. */
export function useSession() {
  return useQuery(sessionQuery);
}

/** better-auth's own answers (the user, a token) are not used: the session is read again from our API. */
const authAnswer = z.unknown();

/**
 * After signing in, up or out: the session is read again, and nothing cached for the previous person is
 * kept (one browser may be shared by a family, or by a parent and an advocate).
 */
async function startFresh(): Promise<SessionState> {
  const session = await queryClient.query({ ...sessionQuery, staleTime: 0 });
  queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
  return session;
}

export function useSignIn() {
  return useMutation({
    mutationFn: async (input: SignIn) => {
      await callApi('POST', '/api/auth/sign-in/email', authAnswer, input);
      return startFresh();
    },
  });
}

/**
 * Creates the account, then signs in with it: the server's sign-up never signs in, so that it answers a known
 * e-mail exactly as a new one. A known e-mail with another password is then refused like any wrong sign-in.
 */
export function useSignUp() {
  return useMutation({
    mutationFn: async (input: SignUp) => {
      await callApi('POST', '/api/auth/sign-up/email', authAnswer, input);
      await callApi('POST', '/api/auth/sign-in/email', authAnswer, { email: input.email, password: input.password });
      return startFresh();
    },
  });
}

/**
 * Signs out; when the session had already ended, the person is signed out all the same. `onSignedOut` runs
 * afterwards even though the button that asked is gone by then (the header no longer shows it).
 */
export function useSignOut(onSignedOut: () => void) {
  return useMutation({
    mutationFn: () => callApi('POST', '/api/auth/sign-out', authAnswer, {}),
    onSettled: () => {
      queryClient.setQueryData(sessionQuery.queryKey, { ...SIGNED_OUT, ended: 'signed-out' });
      queryClient.removeQueries({ predicate: (query) => query.queryKey[0] !== sessionQuery.queryKey[0] });
      onSignedOut();
    },
  });
}

/** Changes the password; the server ends every other session, and this one gets a new CSRF token. */
export function useChangePassword() {
  return useMutation({
    mutationFn: async (input: ChangePassword) => {
      await callApi('POST', '/api/auth/change-password', authAnswer, input);
      return queryClient.query({ ...sessionQuery, staleTime: 0 });
    },
  });
}
