import type { Kysely } from 'kysely';

// The deadline engine's output kept per student, so caseloads and the district dashboard read stored rows
// instead of recomputing every case on each page view. Rewritten for one student whenever that student's
// events change (server/services/refresh-deadlines.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('derived_deadlines')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('rule', 'text', (c) => c.notNull())
    .addColumn('due', 'text')
    .addColumn('trigger_type', 'text', (c) => c.notNull())
    .addColumn('trigger_date', 'text', (c) => c.notNull())
    .addColumn('completed_on', 'text')
    .addColumn('citation', 'text', (c) => c.notNull())
    .addColumn('is_window', 'integer', (c) => c.notNull())
    .addColumn('computed_on', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('derived_deadlines_student').on('derived_deadlines').column('student_id').execute();
  await db.schema
    .createIndex('derived_deadlines_open_due')
    .on('derived_deadlines')
    .columns(['completed_on', 'due'])
    .execute();
  await db.schema
    .createIndex('derived_deadlines_kind')
    .on('derived_deadlines')
    .columns(['kind', 'student_id'])
    .execute();
  await db.schema.createIndex('students_school').on('students').columns(['school', 'family_name']).execute();
}
