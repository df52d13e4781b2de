import type { Kysely } from 'kysely';
import type { Database } from './database';
import type { DatabaseSchema } from './schema';
import { preparedStatement } from './prepared-statement';

/** A session found by its token, with its account and whether that account is an administrator. */
export interface SessionRow {
  readonly id: string;
  readonly expiresAt: number;
  readonly createdAt: number;
  readonly userId: string;
  readonly email: string;
  readonly name: string;
  readonly isAdmin: boolean;
}

/** A session's columns as the hot-path statements select them (PostgreSQL hands timestamps back as Date). */
export interface SessionColumns {
  readonly session_id: string;
  readonly expires_at: Date | string;
  readonly session_created_at: Date | string;
  readonly user_id: string;
  readonly email: string;
  readonly name: string;
  readonly admin_id: string | null;
}

/** The select list and joins of a session with its account and administrator row (`s`, `u`, `ad`). */
export const SESSION_SELECT = `s.id as session_id, s.expires_at, s.created_at as session_created_at,
  u.id as user_id, u.email, u.name, ad.user_id as admin_id`;
export const SESSION_JOINS = `join users u on u.id = s.user_id left join administrators ad on ad.user_id = u.id`;

export function toSessionRow(row: SessionColumns): SessionRow {
  return {
    id: row.session_id,
    expiresAt: new Date(row.expires_at).getTime(),
    createdAt: new Date(row.session_created_at).getTime(),
    userId: row.user_id,
    email: row.email,
    name: row.name,
    isAdmin: row.admin_id !== null,
  };
}

const sessionByToken = preparedStatement<SessionColumns>(
  'session_by_token',
  `select ${SESSION_SELECT} from sessions s ${SESSION_JOINS} where s.token = ?`,
);

/** The session behind a token (one indexed query), or null. */
export async function findSessionByToken(db: Kysely<DatabaseSchema>, token: string): Promise<SessionRow | null> {
  const [row] = await sessionByToken.run(db, [token]);
  return row === undefined ? null : toSessionRow(row);
}

export async function deleteSession(db: Kysely<DatabaseSchema>, sessionId: string): Promise<void> {
  await db.deleteFrom('sessions').where('id', '=', sessionId).execute();
}

/** Every session of one account (sign-up signs a new account in: `binder admin create` removes that one). */
export async function deleteSessionsOfUser(db: Kysely<DatabaseSchema>, userId: string): Promise<void> {
  await db.deleteFrom('sessions').where('user_id', '=', userId).execute();
}

/** Moves a session's idle expiry forward (timestamps in the type better-auth wrote them in). */
export async function extendSession(database: Database, sessionId: string, expires: Date, now: Date): Promise<void> {
  const stamp = (date: Date) => (database.dialect === 'postgres' ? date : date.toISOString());
  await database.db
    .updateTable('sessions')
    .set({ expires_at: stamp(expires), updated_at: stamp(now) })
    .where('id', '=', sessionId)
    .execute();
}

/** Lists an account in `administrators`. */
export async function insertAdministrator(db: Kysely<DatabaseSchema>, userId: string, at: string): Promise<void> {
  await db.insertInto('administrators').values({ user_id: userId, created_at: at }).execute();
}

/**
 * Counts one sign-in attempt for `key` unless it is blocked, in one transaction: the row is written first so
 * its lock is taken before anything is read (the row lock on PostgreSQL, so a waiting request then reads the
 * committed count; the database's write lock on SQLite; the first write changes nothing). `delayAfter` gives
 * the block that follows the attempt it is given.
 */
export async function reserveSignInAttempt(
  database: Database,
  key: string,
  now: Date,
  delaySecondsAfter: (failures: number) => number,
): Promise<{ allowed: true; attempt: number } | { allowed: false; waitSeconds: number }> {
  const at = now.toISOString();
  return database.db.transaction().execute(async (trx) => {
    await trx
      .insertInto('sign_in_failures')
      .values({ key, failures: 0, last_failure_at: at, blocked_until: at })
      .onConflict((conflict) => conflict.column('key').doUpdateSet((eb) => ({ key: eb.ref('excluded.key') })))
      .execute();
    const row = await trx
      .selectFrom('sign_in_failures')
      .select(['failures', 'blocked_until'])
      .where('key', '=', key)
      .executeTakeFirstOrThrow();
    const waitSeconds = Math.ceil((Date.parse(row.blocked_until) - now.getTime()) / 1000);
    if (waitSeconds > 0) return { allowed: false, waitSeconds };
    const attempt = row.failures + 1;
    await trx
      .updateTable('sign_in_failures')
      .set({
        failures: attempt,
        last_failure_at: at,
        blocked_until: new Date(now.getTime() + delaySecondsAfter(attempt) * 1000).toISOString(),
      })
      .where('key', '=', key)
      .execute();
    return { allowed: true, attempt };
  });
}

/** Clears a key's failures, unless other attempts were counted since `attempt` (they keep their count). */
export async function clearSignInFailures(db: Kysely<DatabaseSchema>, key: string, attempt: number): Promise<void> {
  await db.deleteFrom('sign_in_failures').where('key', '=', key).where('failures', '=', attempt).execute();
}

/** The e-mail address of the account a password-reset token was made for, or null (unknown or used token). */
export async function emailOfResetToken(db: Kysely<DatabaseSchema>, token: string): Promise<string | null> {
  const row = await db
    .selectFrom('verifications as v')
    .innerJoin('users as u', 'u.id', 'v.value')
    .select('u.email')
    .where('v.identifier', '=', `reset-password:${token}`)
    .executeTakeFirst();
  return row?.email ?? null;
}
