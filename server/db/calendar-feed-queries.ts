import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { Language } from '../../core/progress/format-words';
import type { CalendarFeedTable, DatabaseSchema } from './schema';

type Db = Kysely<DatabaseSchema>;

/** A calendar feed link as stored (without its token's hash), with its owner's e-mail for the audit trail. */
export interface CalendarFeedRow {
  readonly id: string;
  readonly userId: string;
  readonly userEmail: string;
  readonly studentId: string | null;
  readonly language: Language;
  readonly createdAt: string;
  readonly revokedAt: string | null;
}

/** A child a feed shows, with the feed owner's role for that child. */
export interface FeedChildRow {
  readonly studentId: string;
  readonly givenName: string;
  readonly role: AccessRole;
}

function feedQuery(db: Db) {
  return db
    .selectFrom('calendar_feeds as f')
    .innerJoin('users as u', 'u.id', 'f.user_id')
    .select(['f.id', 'f.user_id', 'u.email', 'f.student_id', 'f.language', 'f.created_at', 'f.revoked_at']);
}

type FeedQueryRow = Awaited<ReturnType<ReturnType<typeof feedQuery>['executeTakeFirstOrThrow']>>;

function toFeedRow(row: FeedQueryRow): CalendarFeedRow {
  return {
    id: row.id,
    userId: row.user_id,
    userEmail: row.email,
    studentId: row.student_id,
    language: row.language,
    createdAt: row.created_at,
    revokedAt: row.revoked_at,
  };
}

export async function insertCalendarFeed(db: Db, feed: Omit<CalendarFeedTable, 'revoked_at'>): Promise<void> {
  await db
    .insertInto('calendar_feeds')
    .values({ ...feed, revoked_at: null })
    .execute();
}

/** The person's feed links that still work, newest first. */
export async function listOpenCalendarFeedsOfUser(db: Db, userId: string): Promise<CalendarFeedRow[]> {
  const rows = await feedQuery(db)
    .where('f.user_id', '=', userId)
    .where('f.revoked_at', 'is', null)
    .orderBy('f.created_at', 'desc')
    .orderBy('f.id', 'desc')
    .execute();
  return rows.map(toFeedRow);
}

/** The feed link whose token hashes to `tokenHash` (the token itself is never stored). */
export async function findCalendarFeedByTokenHash(db: Db, tokenHash: string): Promise<CalendarFeedRow | null> {
  const row = await feedQuery(db).where('f.token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? null : toFeedRow(row);
}

/** Revokes one of the person's open links; false when they have no such open link. */
export async function revokeCalendarFeedOfUser(db: Db, id: string, userId: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('calendar_feeds')
    .set({ revoked_at: at })
    .where('id', '=', id)
    .where('user_id', '=', userId)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) > 0;
}

/**
 * The children a person holds a grant on with one of `roles` — every such child, or only `studentId` — in the
 * order of their given names. Read on every fetch of a feed, so a removed grant drops the child at once.
 */
export async function listFeedChildren(
  db: Db,
  userId: string,
  studentId: string | null,
  roles: readonly AccessRole[],
): Promise<FeedChildRow[]> {
  let query = db
    .selectFrom('student_access as a')
    .innerJoin('students as s', 's.id', 'a.student_id')
    .select(['s.id', 's.given_name', 'a.role'])
    .where('a.user_id', '=', userId)
    .where('a.role', 'in', [...roles]);
  if (studentId !== null) query = query.where('s.id', '=', studentId);
  const rows = await query.orderBy('s.given_name').orderBy('s.id').execute();
  return rows.map((row) => ({ studentId: row.id, givenName: row.given_name, role: row.role }));
}
