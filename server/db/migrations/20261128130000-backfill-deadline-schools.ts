import { sql, type Kysely } from 'kysely';

// Stored deadlines written before they carried the school get it from their student, so counts by school
// are right at once instead of after the student's next change.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`update derived_deadlines set school = (select s.school from students s where s.id = derived_deadlines.student_id) where school is null`.execute(
    db,
  );
}
