import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Database } from '../db/database';
import { type Auth, SESSION_ABSOLUTE_SECONDS, SESSION_COOKIE } from './auth';

/** Who is making a request: a signed-in person, or nobody. */
export interface Actor {
  readonly userId: string | null;
  readonly email: string | null;
  readonly name: string | null;
  readonly sessionId: string | null;
  readonly isAdmin: boolean;
}

export const ANONYMOUS: Actor = { userId: null, email: null, name: null, sessionId: null, isAdmin: false };

/** The request's headers as a fetch `Headers`, which better-auth reads. */
export function fetchHeaders(request: FastifyRequest): Headers {
  const headers = new Headers();
  for (const [name, value] of Object.entries(request.headers)) {
    if (typeof value === 'string') headers.set(name, value);
    else if (Array.isArray(value)) for (const item of value) headers.append(name, item);
  }
  return headers;
}

/**
 * Finds the session behind the request's cookie. better-auth enforces the 30-minute idle timeout (and moves
 * an active session's expiry forward, whose new cookie is passed on); the 12-hour absolute limit is checked
 * here: an older session is deleted and the request treated as anonymous.
 */
export async function currentActor(
  auth: Auth,
  database: Database,
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
): Promise<Actor> {
  if (request.headers.cookie?.includes(SESSION_COOKIE) !== true) return ANONYMOUS;
  const { headers, response } = await auth.api.getSession({ headers: fetchHeaders(request), returnHeaders: true });
  for (const cookie of headers.getSetCookie()) void reply.header('set-cookie', cookie);
  if (response === null) return ANONYMOUS;
  const { session, user } = response;
  if (now.getTime() - new Date(session.createdAt).getTime() > SESSION_ABSOLUTE_SECONDS * 1000) {
    await database.db.deleteFrom('sessions').where('id', '=', session.id).execute();
    void reply.header('set-cookie', `${SESSION_COOKIE}=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax`);
    return ANONYMOUS;
  }
  const admin = await database.db
    .selectFrom('administrators')
    .select('user_id')
    .where('user_id', '=', user.id)
    .executeTakeFirst();
  return { userId: user.id, email: user.email, name: user.name, sessionId: session.id, isAdmin: admin !== undefined };
}
