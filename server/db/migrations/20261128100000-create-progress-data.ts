import type { Kysely } from 'kysely';

// Progress monitoring data (issue "Goals and progress"): the dated scores of each IEP goal and the dates
// instruction changed. A goal is named by the plan and the goal's stable id inside the plan's content, so its
// data follows it across versions (an amendment copies the goal with the same id).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('progress_points')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    // Double precision, not PostgreSQL's 4-byte `real`: a score of 27.3 must come back as 27.3 on both dialects.
    .addColumn('value', 'double precision', (c) => c.notNull())
    .addColumn('note', 'text')
    .addColumn('measured_by', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  // One score per goal per day (docs/decisions/0005-progress-data.md); the services answer 409 first, this is the backstop.
  await db.schema
    .createIndex('progress_points_goal_date')
    .on('progress_points')
    .columns(['plan_id', 'goal_id', 'date'])
    .unique()
    .execute();

  await db.schema
    .createTable('phase_changes')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('plan_id', 'text', (c) => c.notNull().references('plans.id').onDelete('cascade'))
    .addColumn('goal_id', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('label', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema
    .createIndex('phase_changes_goal_date')
    .on('phase_changes')
    .columns(['plan_id', 'goal_id', 'date'])
    .unique()
    .execute();
}
