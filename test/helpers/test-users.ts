import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { createAuth } from '../../server/auth/auth';
import type { Config } from '../../server/config';
import type { Database } from '../../server/db/database';

/** The origin `app.inject` requests are addressed to (its default Host is localhost:80). */
export const TEST_ORIGIN = 'http://localhost';

/** A password that passes the rules (12+ characters, not on the common list). Fictional people only. */
export const TEST_PASSWORD = 'violet-harbor-lantern-42';

/** A signed-in person in a test: `inject` sends their session cookie, our Origin and their CSRF token. */
export interface TestUser {
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly cookie: string;
  readonly csrfToken: string;
  inject(options: InjectOptions): Promise<LightMyRequestResponse>;
}

/** The session cookie from a response's Set-Cookie headers, as a Cookie header value. */
export function sessionCookieFrom(response: LightMyRequestResponse): string {
  const raw = response.headers['set-cookie'];
  const cookies = Array.isArray(raw) ? raw : raw === undefined ? [] : [raw];
  const session = cookies.find((cookie) => cookie.startsWith('__Host-binder.session='));
  if (session === undefined)
    throw new Error(`no session cookie in the response (status ${String(response.statusCode)})`);
  return session.split(';')[0] ?? '';
}

/** Signs in with a session cookie already made: reads the CSRF token and wraps `inject`. */
export async function asUser(app: FastifyInstance, cookie: string): Promise<TestUser> {
  const session = await app.inject({ method: 'GET', url: '/api/v1/session', headers: { cookie } });
  const body = session.json<{ user: { id: string; email: string; name: string } | null; csrfToken: string | null }>();
  if (body.user === null || body.csrfToken === null) throw new Error('the session cookie did not sign anyone in');
  const csrfToken = body.csrfToken;
  return {
    ...body.user,
    cookie,
    csrfToken,
    inject: (options) =>
      app.inject({
        ...options,
        headers: { origin: TEST_ORIGIN, 'x-csrf-token': csrfToken, cookie, ...options.headers },
      }),
  };
}

/**
 * Creates an account through the real sign-up endpoint and signs it in through the real sign-in endpoint, as
 * the web app does (sign-up itself never signs in: it must not tell a known e-mail from a new one).
 */
export async function signUp(
  app: FastifyInstance,
  person: { name: string; email: string; password?: string },
): Promise<TestUser> {
  const password = person.password ?? TEST_PASSWORD;
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-up/email',
    headers: { origin: TEST_ORIGIN },
    payload: { name: person.name, email: person.email, password },
  });
  if (response.statusCode !== 200) {
    throw new Error(`sign-up failed: ${String(response.statusCode)} ${response.body}`);
  }
  return signIn(app, person.email, password);
}

/** Signs an existing account in through the real sign-in endpoint. */
export async function signIn(app: FastifyInstance, email: string, password = TEST_PASSWORD): Promise<TestUser> {
  const response = await app.inject({
    method: 'POST',
    url: '/api/auth/sign-in/email',
    headers: { origin: TEST_ORIGIN },
    payload: { email, password },
  });
  if (response.statusCode !== 200) throw new Error(`sign-in failed: ${String(response.statusCode)} ${response.body}`);
  return asUser(app, sessionCookieFrom(response));
}

/**
 * Creates an ordinary account straight in a database, through better-auth's own sign-up (the password is
 * hashed as for any account), for tests without an HTTP app, such as the CLI's. The session sign-up makes is
 * removed: nobody holds its cookie.
 */
export async function createAccount(
  config: Config,
  database: Database,
  person: { name: string; email: string; password?: string },
): Promise<string> {
  const { user } = await createAuth(config, database).api.signUpEmail({
    body: { name: person.name, email: person.email, password: person.password ?? TEST_PASSWORD },
  });
  await database.db.deleteFrom('sessions').where('user_id', '=', user.id).execute();
  return user.id;
}
