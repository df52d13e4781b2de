import { randomUUID } from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DemoFamily } from '../../core/demo/demo-family';
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

/** Writes a family, its students, their plans and case events. Call inside a transaction. */
export async function insertFamily(
  db: Kysely<DatabaseSchema>,
  family: DemoFamily,
  options: { isDemo: boolean; createdAt: string },
): Promise<string> {
  const familyId = randomUUID();
  const createdAt = options.createdAt;
  await db
    .insertInto('families')
    .values({ id: familyId, name: family.name, is_demo: options.isDemo ? 1 : 0, created_at: createdAt })
    .execute();
  for (const student of family.students) {
    const studentId = randomUUID();
    await db
      .insertInto('students')
      .values({
        id: studentId,
        family_id: familyId,
        given_name: student.givenName,
        family_name: student.familyName,
        birth_date: student.birthDate,
        jurisdiction: student.jurisdiction,
        school: student.school,
        district: student.district,
        grade: student.grade,
        home_languages: JSON.stringify(student.homeLanguages),
        created_at: createdAt,
        updated_at: createdAt,
      })
      .execute();
    await db
      .insertInto('plans')
      .values({
        id: randomUUID(),
        student_id: studentId,
        framework: student.plan.framework,
        effective_from: student.plan.effectiveFrom,
        effective_to: null,
        created_at: createdAt,
      })
      .execute();
    if (student.events.length > 0) {
      await db
        .insertInto('case_events')
        .values(
          student.events.map(({ type, date, ...details }) => ({
            id: randomUUID(),
            student_id: studentId,
            type,
            date,
            details: JSON.stringify(details),
            created_at: createdAt,
          })),
        )
        .execute();
    }
  }
  return familyId;
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
