import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

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
  readonly plans: readonly { framework: 'iep' | '504'; effectiveFrom: string | null; effectiveTo: string | null }[];
}

/** The id of the demo family, or null when it has not been loaded. */
export async function findDemoFamilyId(db: Kysely<DatabaseSchema>): Promise<string | null> {
  const row = await db.selectFrom('families').select('id').where('is_demo', '=', 1).executeTakeFirst();
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

/** Every family with its students and plans, in three queries whatever the number of families. */
export async function listFamilies(db: Kysely<DatabaseSchema>): Promise<FamilyRecord[]> {
  const families = await db.selectFrom('families').selectAll().orderBy('created_at').orderBy('id').execute();
  const students = await db.selectFrom('students').selectAll().orderBy('birth_date').orderBy('given_name').execute();
  const plans = await db
    .selectFrom('plans')
    .select(['student_id', 'framework', 'effective_from', 'effective_to'])
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
        plans: plans
          .filter((p) => p.student_id === s.id)
          .map((p) => ({ framework: p.framework, effectiveFrom: p.effective_from, effectiveTo: p.effective_to })),
      })),
  }));
}
