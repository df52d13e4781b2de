import { createHmac, timingSafeEqual } from 'node:crypto';
import type { FastifyReply, FastifyRequest } from 'fastify';
import { deleteSession, extendSession, findSessionByToken, type SessionRow } from '../db/account-queries';
import { findSessionWithRecordChild, type RecordKind } from '../db/record-access-queries';
import type { AccessRole } from '../../core/schemas/access-role';
import type { Database } from '../db/database';
import { SESSION_ABSOLUTE_SECONDS, SESSION_COOKIE, SESSION_IDLE_SECONDS, SESSION_REFRESH_SECONDS } from './auth';
import { VerifiedCookies } from './verified-cookies';

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

/** The raw value of one cookie in a Cookie header, or null. */
function cookieValue(header: string | undefined, name: string): string | null {
  if (header === undefined) return null;
  for (const part of header.split(';')) {
    const [key, ...rest] = part.trim().split('=');
    if (key === name) return rest.join('=');
  }
  return null;
}

/** The process's memory of cookie headers that passed {@link checkedSessionToken}. */
const verifiedCookies = new VerifiedCookies();

/**
 * The session token in better-auth's signed cookie (`<token>.<base64 HMAC-SHA256(secret, token)>`, URL-encoded),
 * or null when the cookie is missing, malformed or not signed with our secret.
 */
export function verifiedSessionToken(cookieHeader: string | undefined, secret: string): string | null {
  if (cookieHeader === undefined) return null;
  const remembered = verifiedCookies.tokenOf(cookieHeader, secret);
  if (remembered !== undefined) return remembered;
  const token = checkedSessionToken(cookieHeader, secret);
  if (token !== null) verifiedCookies.remember(cookieHeader, secret, token);
  return token;
}

/** {@link verifiedSessionToken}'s full check: the cookie found in the header, decoded, and its signature compared. */
function checkedSessionToken(cookieHeader: string, secret: string): string | null {
  const raw = cookieValue(cookieHeader, SESSION_COOKIE);
  if (raw === null) return null;
  let value: string;
  try {
    value = decodeURIComponent(raw);
  } catch {
    return null;
  }
  const dot = value.lastIndexOf('.');
  if (dot < 1) return null;
  const token = value.slice(0, dot);
  const sent = Buffer.from(value.slice(dot + 1), 'base64');
  const expected = createHmac('sha256', secret).update(token).digest();
  return sent.length === expected.length && timingSafeEqual(sent, expected) ? token : null;
}

/** What the access check learns of a record's child with the session (role null: no grant, or signed out). */
export interface RecordChild {
  readonly studentId: string | null;
  readonly role: AccessRole | null;
}

/**
 * Finds the session behind the request's cookie: a signature check and one indexed query per request (the
 * sign-in, sign-out and password endpoints stay with better-auth; this reads the same tables). A session ends
 * 30 minutes after its last use — an active one is moved forward at most once a minute, with a fresh cookie —
 * and 12 hours after sign-in whatever the activity; an ended session is deleted and the caller is anonymous.
 *
 * With `record` (a route on a child's record), the same statement also finds the record's child and the
 * person's grant on it (`child`); `child` is undefined when it was not looked up (no session).
 */
export async function currentActor(
  database: Database,
  secret: string,
  request: FastifyRequest,
  reply: FastifyReply,
  now: Date,
  record: { readonly kind: RecordKind; readonly id: string } | null = null,
): Promise<{ actor: Actor; child: RecordChild | undefined }> {
  const token = verifiedSessionToken(request.headers.cookie, secret);
  if (token === null) return { actor: ANONYMOUS, child: undefined };
  let row: SessionRow | null;
  let child: RecordChild | undefined;
  if (record === null) {
    row = await findSessionByToken(database.db, token);
  } else {
    const found = await findSessionWithRecordChild(database.db, token, record.kind, record.id);
    row = found?.session ?? null;
    child = found === null ? undefined : (found.child ?? { studentId: null, role: null });
  }
  if (row === null) return { actor: ANONYMOUS, child };
  if (row.expiresAt <= now.getTime() || now.getTime() - row.createdAt > SESSION_ABSOLUTE_SECONDS * 1000) {
    await deleteSession(database.db, row.id);
    void reply.header('set-cookie', `${SESSION_COOKIE}=; Max-Age=0; Path=/; Secure; HttpOnly; SameSite=Lax`);
    // Signed out: the child is still named in the audit entry, the grant no longer counts.
    return { actor: ANONYMOUS, child: child === undefined ? undefined : { studentId: child.studentId, role: null } };
  }
  if (row.expiresAt - now.getTime() < (SESSION_IDLE_SECONDS - SESSION_REFRESH_SECONDS) * 1000) {
    await extendSession(database, row.id, new Date(now.getTime() + SESSION_IDLE_SECONDS * 1000), now);
    const raw = cookieValue(request.headers.cookie, SESSION_COOKIE) ?? '';
    void reply.header(
      'set-cookie',
      `${SESSION_COOKIE}=${raw}; Max-Age=${String(SESSION_IDLE_SECONDS)}; Path=/; Secure; HttpOnly; SameSite=Lax`,
    );
  }
  return {
    actor: { userId: row.userId, email: row.email, name: row.name, sessionId: row.id, isAdmin: row.isAdmin },
    child,
  };
}
