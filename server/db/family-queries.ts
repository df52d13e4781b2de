import type { Kysely } from 'kysely';
import type { AccessRole } from '../../core/schemas/access-role';
import type { DatabaseSchema } from './schema';
import { isVisibleTo } from './visible-students';

/** A family with its students and their plans, as read from the database. */
export interface FamilyRecord {
  readonly id: string;
  readonly name: string;
  readonly isDemo: boolean;
  readonly students: readonly StudentRecord[];
}

export interface StudentRecord {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string | null;
  readonly jurisdiction: string;
  readonly school: string | null;
  readonly grade: string | null;
  readonly accessRole: AccessRole;
  readonly plans: readonly { framework: 'iep' | '504'; effectiveFrom: string | null; effectiveTo: string | null }[];
}

/** The id of the demo family this person owns, or null when they have not loaded it. */
export async function findDemoFamilyId(db: Kysely<DatabaseSchema>, ownerUserId: string): Promise<string | null> {
  const row = await db
    .selectFrom('families as f')
    .innerJoin('students as s', 's.family_id', 'f.id')
    .innerJoin('student_access as a', 'a.student_id', 's.id')
    .select('f.id')
    .where('f.is_demo', '=', 1)
    .where('a.user_id', '=', ownerUserId)
    .where('a.role', '=', 'owner')
    .executeTakeFirst();
  return row?.id ?? null;
}

/** Writes a family row (its students are written by their own queries). */
export async function insertFamilyRow(
  db: Kysely<DatabaseSchema>,
  family: { id: string; name: string; isDemo: boolean; createdAt: string },
): Promise<void> {
  await db
    .insertInto('families')
    .values({ id: family.id, name: family.name, is_demo: family.isDemo ? 1 : 0, created_at: family.createdAt })
    .execute();
}

/**
 * The families of every child this person has access to, each with those children (not their siblings
 * the person cannot see) and their plans: three queries whatever the number of families.
 */
export async function listFamilies(db: Kysely<DatabaseSchema>, viewerUserId: string): Promise<FamilyRecord[]> {
  const students = await db
    .selectFrom('students as s')
    .innerJoin('student_access as a', 'a.student_id', 's.id')
    .selectAll('s')
    .select('a.role as access_role')
    .where('a.user_id', '=', viewerUserId)
    .orderBy('s.birth_date')
    .orderBy('s.given_name')
    .execute();
  const familyIds = [...new Set(students.map((s) => s.family_id))];
  const families =
    familyIds.length === 0
      ? []
      : await db
          .selectFrom('families')
          .selectAll()
          .where('id', 'in', familyIds)
          .orderBy('created_at')
          .orderBy('id')
          .execute();
  const plans = await db
    .selectFrom('plans')
    .select(['student_id', 'framework', 'effective_from', 'effective_to'])
    .where(isVisibleTo('student_id', viewerUserId))
    .execute();

  return families.map((family) => ({
    id: family.id,
    name: family.name,
    isDemo: family.is_demo === 1,
    students: students
      .filter((s) => s.family_id === family.id)
      .map((s) => ({
        id: s.id,
        givenName: s.given_name,
        familyName: s.family_name,
        birthDate: s.birth_date,
        jurisdiction: s.jurisdiction,
        school: s.school,
        grade: s.grade,
        accessRole: s.access_role,
        plans: plans
          .filter((p) => p.student_id === s.id)
          .map((p) => ({ framework: p.framework, effectiveFrom: p.effective_from, effectiveTo: p.effective_to })),
      })),
  }));
}
