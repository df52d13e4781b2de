import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { DatabaseSchema } from './schema';
import { randomUUID } from 'node:crypto';

/** Gives a person a role for one child. Call inside the write's transaction. */
export async function insertGrant(
  db: Kysely<DatabaseSchema>,
  grant: { studentId: string; userId: string; role: AccessRole; grantedBy: string | null; at: string },
): Promise<string> {
  const id = randomUUID();
  await db
    .insertInto('student_access')
    .values({
      id,
      student_id: grant.studentId,
      user_id: grant.userId,
      role: grant.role,
      granted_by: grant.grantedBy,
      created_at: grant.at,
    })
    .execute();
  return id;
}

/** Whether a person is the owner or a co-parent of at least one child of a family (may add a sibling). */
export async function isFamilyParent(db: Kysely<DatabaseSchema>, familyId: string, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('student_access as a')
    .innerJoin('students as s', 's.id', 'a.student_id')
    .select('a.id')
    .where('s.family_id', '=', familyId)
    .where('a.user_id', '=', userId)
    .where('a.role', 'in', ['owner', 'co-parent'])
    .executeTakeFirst();
  return row !== undefined;
}

/** Whether a person holds a school-staff grant for at least one child (the caseload and district views are theirs). */
export async function holdsSchoolStaffGrant(db: Kysely<DatabaseSchema>, userId: string): Promise<boolean> {
  const row = await db
    .selectFrom('student_access')
    .select('id')
    .where('user_id', '=', userId)
    .where('role', '=', 'school-staff')
    .executeTakeFirst();
  return row !== undefined;
}

/** The id of an account by e-mail (case-insensitive), or null. */
export async function findUserIdByEmail(db: Kysely<DatabaseSchema>, email: string): Promise<string | null> {
  const row = await db
    .selectFrom('users')
    .select('id')
    .where('email', '=', email.trim().toLowerCase())
    .executeTakeFirst();
  return row?.id ?? null;
}
