import type { FastifyReply, FastifyRequest } from 'fastify';
import type { z } from 'zod';
import {
  changePasswordSchema,
  requestPasswordResetSchema,
  resetPasswordSchema,
  sessionInfoSchema,
  signInSchema,
  signUpSchema,
} from '../../../core/schemas/account';
import { fieldIssues } from '../../../core/schemas/format-issues';
import { AppError } from '../../app-error';
import type { Auth } from '../../auth/auth';
import { fetchHeaders } from '../../auth/current-actor';
import { hashPassword } from '../../auth/password-hashing';
import { newPasswordProblem } from '../../auth/password-rules';
import type { PasswordContext } from '../../auth/password-strength';
import type { SignInThrottle } from '../../auth/sign-in-throttle';
import type { Clock } from '../../clock';
import type { Database } from '../../db/database';
import { emailOfResetToken } from '../../services/password-reset-services';
import { isSchoolStaff } from '../../services/school-team-services';
import { csrfTokenFor } from '../csrf';
import type { TypedApp } from '../typed-app';
import { PUBLIC } from '../route-access';

interface AuthRouteContext {
  readonly auth: Auth;
  readonly authSecret: string;
  readonly throttle: SignInThrottle;
  readonly clock: Clock;
  readonly database: Database;
}

/** The better-auth endpoints people use; anything else under /api/auth answers 404. */
const ENDPOINTS = new Set([
  'POST /sign-up/email',
  'POST /sign-in/email',
  'POST /sign-out',
  'POST /change-password',
  'GET /get-session',
  'POST /request-password-reset',
  'POST /reset-password',
  'GET /verify-email',
]);

function parse<T>(schema: z.ZodType<T>, body: unknown): T {
  const result = schema.safeParse(body);
  if (!result.success) throw AppError.invalidInput(fieldIssues(result.error));
  return result.data;
}

async function refusePassword(field: string, password: string, context: PasswordContext): Promise<void> {
  const problem = await newPasswordProblem(password, context);
  if (problem !== null) throw AppError.invalidInput([{ field, message: problem }]);
}

/** better-auth's error codes in our error shape (`INVALID_EMAIL_OR_PASSWORD` → `invalid-email-or-password`). */
function ourErrorBody(status: number, text: string): { error: { code: string; message: string } } {
  let parsed: { code?: unknown; message?: unknown } = {};
  try {
    parsed = JSON.parse(text) as typeof parsed;
  } catch {
    // Not JSON: keep the defaults below.
  }
  const code =
    typeof parsed.code === 'string' ? parsed.code.toLowerCase().replace(/_/g, '-') : `http-${String(status)}`;
  const messages: Record<string, string> = {
    'invalid-email-or-password': 'wrong e-mail or password',
    'invalid-password': 'the current password is wrong',
    'invalid-token': 'the link has expired or was already used: ask for a new one',
  };
  const message = messages[code] ?? (typeof parsed.message === 'string' ? parsed.message : 'the request was refused');
  return { error: { code, message } };
}

/**
 * Sign-up, sign-in, sign-out and password change, handled by better-auth behind our own checks: the same
 * field-named 400s as the rest of the API, the password rules (length, common list, zxcvbn), growing delays after
 * failed sign-ins, and a password change always ending the other sessions.
 */
export function registerAuthRoutes(app: TypedApp, context: AuthRouteContext): void {
  app.get(
    '/api/v1/session',
    {
      // Never compressed: an answer carrying the CSRF token beside words the caller chose (their name) is what
      // a compression side channel (BREACH) would measure.
      config: { ...PUBLIC, compress: false },
      schema: {
        tags: ['accounts'],
        summary: 'Who is signed in, and the CSRF token',
        response: { 200: sessionInfoSchema },
      },
    },
    async (request) => {
      const { actor } = request;
      if (actor.userId === null || actor.sessionId === null) return { user: null, csrfToken: null };
      return {
        user: {
          id: actor.userId,
          name: actor.name ?? '',
          email: actor.email ?? '',
          isAdmin: actor.isAdmin,
          isSchoolStaff: await isSchoolStaff(context.database, actor.userId),
        },
        csrfToken: csrfTokenFor(context.authSecret, actor.sessionId),
      };
    },
  );

  app.route({
    method: ['GET', 'POST'],
    url: '/api/auth/*',
    config: { access: { kind: 'auth' } },
    schema: { hide: true },
    handler: async (request, reply) => forward(request, reply, context),
  });
}

async function forward(request: FastifyRequest, reply: FastifyReply, context: AuthRouteContext): Promise<unknown> {
  const path = (request.url.split('?')[0] ?? '').slice('/api/auth'.length);
  const endpoint = `${request.method} ${path}`;
  if (!ENDPOINTS.has(endpoint)) throw AppError.notFound('page');
  let body: unknown = request.body;
  let signIn: { email: string; attempt: number } | null = null;
  let signUpPassword: string | null = null;
  let resetEmail: string | null = null;
  if (endpoint === 'POST /sign-up/email') {
    const input = parse(signUpSchema, body);
    await refusePassword('password', input.password, { email: input.email, name: input.name });
    signUpPassword = input.password;
    body = { name: input.name, email: input.email, password: input.password };
  } else if (endpoint === 'POST /sign-in/email') {
    const input = parse(signInSchema, body);
    // Counted before better-auth checks the password, so simultaneous attempts cannot all be checked.
    const reservation = await context.throttle.reserve(input.email, context.clock.now());
    if (!reservation.allowed) {
      const wait = String(reservation.waitSeconds);
      void reply.header('retry-after', wait);
      throw new AppError('rate-limited', `too many failed sign-ins: wait ${wait} seconds and try again`);
    }
    signIn = { email: input.email, attempt: reservation.attempt };
    body = { email: input.email, password: input.password, rememberMe: true };
  } else if (endpoint === 'POST /change-password') {
    const input = parse(changePasswordSchema, body);
    await refusePassword('newPassword', input.newPassword, { email: request.actor.email, name: request.actor.name });
    body = { ...input, revokeOtherSessions: true };
  } else if (endpoint === 'POST /sign-out') {
    body = {};
  } else if (endpoint === 'POST /request-password-reset') {
    // No redirect address: the link in the mail opens our own page (server/services/account-mail.ts).
    body = { email: parse(requestPasswordResetSchema, body).email };
  } else if (endpoint === 'POST /reset-password') {
    const input = parse(resetPasswordSchema, body);
    resetEmail = await emailOfResetToken(context.database, input.token);
    await refusePassword('newPassword', input.newPassword, { email: resetEmail });
    body = input;
  }

  const headers = fetchHeaders(request);
  headers.delete('content-length');
  // The body sent on is always JSON (`{}` for a sign-out sent without one), whatever the caller labelled theirs.
  if (request.method === 'POST') headers.set('content-type', 'application/json');
  const url = `${request.protocol}://${request.headers.host ?? 'localhost'}${request.url}`;
  const response = await context.auth.handler(
    new Request(url, {
      method: request.method,
      headers,
      ...(request.method === 'POST' ? { body: JSON.stringify(body ?? {}) } : {}),
    }),
  );
  // A failure is already counted; anything but a success stays counted.
  if (signIn !== null && response.ok) await context.throttle.recordSuccess(signIn.email, signIn.attempt);
  const text = await response.text();
  if (signUpPassword !== null) return answerSignUp(reply, response.status, text, signUpPassword);
  for (const cookie of response.headers.getSetCookie()) void reply.header('set-cookie', cookie);
  // E-mail confirmation answers with a redirect back into the app.
  const location = response.headers.get('location');
  if (endpoint === 'GET /verify-email' && location !== null && response.status >= 300 && response.status < 400) {
    return reply.redirect(sameOriginPath(location), response.status);
  }
  void reply.code(response.status).header('content-type', 'application/json; charset=utf-8');
  if (!response.ok) return reply.send(ourErrorBody(response.status, text));
  // The reset link's owner learns which account it was, to sign in with the new password at once.
  if (endpoint === 'POST /reset-password') return reply.send(JSON.stringify({ status: true, email: resetEmail }));
  return reply.send(JSON.stringify(withoutSessionToken(text)));
}

/** A redirect target reduced to its path, so it can only lead back into this app. */
function sameOriginPath(location: string): string {
  const url = new URL(location, 'http://binder.invalid');
  return `${url.pathname}${url.search}`;
}

/** What every accepted sign-up answers, new e-mail or known: the person signs in next. */
const SIGN_UP_ANSWER = { next: 'sign-in' } as const;
const ALREADY_EXISTS = new Set(['user-already-exists', 'user-already-exists-use-another-email']);

/**
 * A sign-up must not tell whether the e-mail already has an account (docs/decisions/0017): a known e-mail gets
 * the same 200 and body as a new one, no cookie either way (sign-up does not sign in), after the same
 * costly work, hashing the password, so the time taken does not tell either.
 */
async function answerSignUp(reply: FastifyReply, status: number, text: string, password: string): Promise<unknown> {
  void reply.header('content-type', 'application/json; charset=utf-8');
  if (status >= 200 && status < 300) return reply.code(200).send(SIGN_UP_ANSWER);
  const error = ourErrorBody(status, text);
  if (!ALREADY_EXISTS.has(error.error.code)) return reply.code(status).send(error);
  await hashPassword(password);
  return reply.code(200).send(SIGN_UP_ANSWER);
}

/**
 * better-auth's answer without the session token it puts in the body (`token`, and `session.token` in
 * get-session): the HttpOnly cookie carries the session, and a token in a JSON body is one a script could read.
 */
export function withoutSessionToken(text: string): unknown {
  if (text === '') return {};
  const body = JSON.parse(text) as unknown;
  if (typeof body !== 'object' || body === null || Array.isArray(body)) return body;
  const { token: _token, ...rest } = body as Record<string, unknown>;
  const session = rest.session;
  if (typeof session === 'object' && session !== null && !Array.isArray(session)) {
    const { token: _sessionToken, ...sessionRest } = session as Record<string, unknown>;
    return { ...rest, session: sessionRest };
  }
  return rest;
}
