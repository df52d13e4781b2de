import { sql, type Kysely } from 'kysely';

// The open deadlines by due date, in a partial index (only rows with no completion date): the district
// dashboard's overdue and upcoming lists walk it in due order and stop after their first page, and the counts
// by school read it alone. On PostgreSQL the older (completed_on, due, school) index cannot give rows in due
// order (an IS NULL test does not fix its first column for the planner), so each list joined and sorted every
// overdue deadline in the district (docs/decisions/0028-postgresql-dashboard.md).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('derived_deadlines_open_due')
    .on('derived_deadlines')
    .columns(['due', 'school', 'student_id'])
    .where(sql.ref('completed_on'), 'is', null)
    .execute();
}
