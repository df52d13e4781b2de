import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';

/** Stores one save of a family's guide answers (each save is kept). */
export async function insertGuideAnswers(
  db: Kysely<DatabaseSchema>,
  row: { id: string; studentId: string; answers: unknown; at: string },
): Promise<void> {
  await db
    .insertInto('guide_answers')
    .values({ id: row.id, student_id: row.studentId, answers: JSON.stringify(row.answers), created_at: row.at })
    .execute();
}

/** The newest saved answers of a child (still as stored JSON), or null when there are none. */
export async function findLatestGuideAnswers(
  db: Kysely<DatabaseSchema>,
  studentId: string,
): Promise<{ answers: unknown; savedAt: string } | null> {
  const row = await db
    .selectFrom('guide_answers')
    .select(['answers', 'created_at'])
    .where('student_id', '=', studentId)
    .orderBy('created_at', 'desc')
    .orderBy('id', 'desc')
    .executeTakeFirst();
  return row === undefined ? null : { answers: JSON.parse(row.answers) as unknown, savedAt: row.created_at };
}
