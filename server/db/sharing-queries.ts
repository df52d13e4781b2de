import type { Kysely } from 'kysely';
import type { DatabaseSchema, InvitationTable, StudentAccessTable } from './schema';

type Db = Kysely<DatabaseSchema>;

/** A person with access to a child, with their account's name and e-mail. */
export interface GrantRow {
  readonly id: string;
  readonly userId: string;
  readonly name: string;
  readonly email: string;
  readonly role: StudentAccessTable['role'];
  readonly createdAt: string;
}

/** An invitation as stored, with the names the family and the invitee see (null when the account is gone). */
export interface InvitationRow {
  readonly id: string;
  readonly studentId: string;
  readonly role: InvitationTable['role'];
  readonly note: string | null;
  readonly createdBy: string;
  readonly createdAt: string;
  readonly expiresAt: string;
  readonly acceptedAt: string | null;
  readonly revokedAt: string | null;
  readonly acceptedByName: string | null;
  readonly invitedByName: string | null;
  readonly childGivenName: string;
}

/** Everyone with access to the child: the owner first, then in the order they joined. */
export async function listGrantsOfStudent(db: Db, studentId: string): Promise<GrantRow[]> {
  const rows = await db
    .selectFrom('student_access as a')
    .innerJoin('users as u', 'u.id', 'a.user_id')
    .select(['a.id', 'a.user_id', 'u.name', 'u.email', 'a.role', 'a.created_at'])
    .where('a.student_id', '=', studentId)
    .orderBy('a.created_at')
    .orderBy('a.id')
    .execute();
  const grants = rows.map((row) => ({
    id: row.id,
    userId: row.user_id,
    name: row.name,
    email: row.email,
    role: row.role,
    createdAt: row.created_at,
  }));
  return [...grants.filter((g) => g.role === 'owner'), ...grants.filter((g) => g.role !== 'owner')];
}

function invitationQuery(db: Db) {
  return db
    .selectFrom('invitations as i')
    .innerJoin('students as s', 's.id', 'i.student_id')
    .leftJoin('users as accepted', 'accepted.id', 'i.accepted_by')
    .leftJoin('users as inviter', 'inviter.id', 'i.created_by')
    .select([
      'i.id',
      'i.student_id',
      'i.role',
      'i.note',
      'i.created_by',
      'i.created_at',
      'i.expires_at',
      'i.accepted_at',
      'i.revoked_at',
      'accepted.name as accepted_by_name',
      'inviter.name as invited_by_name',
      's.given_name',
    ]);
}

type InvitationQueryRow = Awaited<ReturnType<ReturnType<typeof invitationQuery>['executeTakeFirstOrThrow']>>;

function toInvitation(row: InvitationQueryRow): InvitationRow {
  return {
    id: row.id,
    studentId: row.student_id,
    role: row.role,
    note: row.note,
    createdBy: row.created_by,
    createdAt: row.created_at,
    expiresAt: row.expires_at,
    acceptedAt: row.accepted_at,
    revokedAt: row.revoked_at,
    acceptedByName: row.accepted_by_name,
    invitedByName: row.invited_by_name,
    childGivenName: row.given_name,
  };
}

/** Every invitation made for the child, newest first. */
export async function listInvitationsOfStudent(db: Db, studentId: string): Promise<InvitationRow[]> {
  const rows = await invitationQuery(db)
    .where('i.student_id', '=', studentId)
    .orderBy('i.created_at', 'desc')
    .orderBy('i.id', 'desc')
    .execute();
  return rows.map(toInvitation);
}

export async function findInvitation(db: Db, id: string): Promise<InvitationRow | null> {
  const row = await invitationQuery(db).where('i.id', '=', id).executeTakeFirst();
  return row === undefined ? null : toInvitation(row);
}

/** The invitation whose token hashes to `tokenHash` (the token itself is never stored). */
export async function findInvitationByTokenHash(db: Db, tokenHash: string): Promise<InvitationRow | null> {
  const row = await invitationQuery(db).where('i.token_hash', '=', tokenHash).executeTakeFirst();
  return row === undefined ? null : toInvitation(row);
}

export async function insertInvitation(
  db: Db,
  invitation: Pick<
    InvitationTable,
    'id' | 'student_id' | 'role' | 'token_hash' | 'note' | 'created_by' | 'created_at' | 'expires_at'
  >,
): Promise<void> {
  await db
    .insertInto('invitations')
    .values({ ...invitation, accepted_by: null, accepted_at: null, revoked_at: null })
    .execute();
}

/**
 * Marks an invitation accepted or revoked, only while it is still neither: answers false when another
 * request got there first (on PostgreSQL the second update waits for the first and then matches no row).
 */
export async function closeInvitation(
  db: Db,
  id: string,
  change: { acceptedBy: string; acceptedAt: string } | { revokedAt: string },
): Promise<boolean> {
  const result = await db
    .updateTable('invitations')
    .set(
      'revokedAt' in change
        ? { revoked_at: change.revokedAt }
        : { accepted_by: change.acceptedBy, accepted_at: change.acceptedAt },
    )
    .where('id', '=', id)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}

export async function findGrant(
  db: Db,
  id: string,
): Promise<(Pick<GrantRow, 'id' | 'userId' | 'role'> & { studentId: string }) | null> {
  const row = await db
    .selectFrom('student_access')
    .select(['id', 'student_id', 'user_id', 'role'])
    .where('id', '=', id)
    .executeTakeFirst();
  return row === undefined ? null : { id: row.id, studentId: row.student_id, userId: row.user_id, role: row.role };
}

/**
 * Revokes every invitation `createdBy` made for the child that was neither used nor revoked yet (expired ones
 * too, so the list says plainly that they can never be used); answers how many.
 */
export async function revokeInvitationsCreatedBy(
  db: Db,
  studentId: string,
  createdBy: string,
  revokedAt: string,
): Promise<number> {
  const result = await db
    .updateTable('invitations')
    .set({ revoked_at: revokedAt })
    .where('student_id', '=', studentId)
    .where('created_by', '=', createdBy)
    .where('accepted_at', 'is', null)
    .where('revoked_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

export async function hasGrant(db: Db, studentId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('student_access')
    .select('id')
    .where('student_id', '=', studentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row !== undefined;
}

export async function insertGrant(db: Db, grant: StudentAccessTable): Promise<void> {
  await db.insertInto('student_access').values(grant).execute();
}

export async function deleteGrant(db: Db, id: string): Promise<void> {
  await db.deleteFrom('student_access').where('id', '=', id).execute();
}

/** The names an invitation message shows: the inviter's and the child's given name. */
export async function invitationNames(
  db: Db,
  studentId: string,
  inviterId: string,
): Promise<{ inviterName: string; childGivenName: string }> {
  const child = await db
    .selectFrom('students')
    .select('given_name')
    .where('id', '=', studentId)
    .executeTakeFirstOrThrow();
  const inviter = await db.selectFrom('users').select('name').where('id', '=', inviterId).executeTakeFirst();
  return { inviterName: inviter?.name ?? 'Binder', childGivenName: child.given_name };
}
