import type { Kysely } from 'kysely';

// District views over tens of thousands of students (measured in bench/dashboard.ts): the school is copied
// onto each stored deadline so counts by school need no join, and covering indexes serve the three ways the
// rows are read — per student (caseload: one student's rows, and open rows grouped by student), open
// deadlines by due date (dashboard lists and counts), and the
// outcomes of one kind by school (compliance measures).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('derived_deadlines').addColumn('school', 'text').execute();
  await db.schema.dropIndex('derived_deadlines_student').execute();
  await db.schema.dropIndex('derived_deadlines_open_due').execute();
  await db.schema.dropIndex('derived_deadlines_kind').execute();
  await db.schema
    .createIndex('derived_deadlines_student')
    .on('derived_deadlines')
    .columns(['student_id', 'completed_on', 'due', 'kind'])
    .execute();
  await db.schema
    .createIndex('derived_deadlines_open_by_student')
    .on('derived_deadlines')
    .columns(['completed_on', 'student_id', 'due'])
    .execute();
  await db.schema
    .createIndex('derived_deadlines_open')
    .on('derived_deadlines')
    .columns(['completed_on', 'due', 'school'])
    .execute();
  await db.schema
    .createIndex('derived_deadlines_kind_school')
    .on('derived_deadlines')
    .columns(['kind', 'school', 'due', 'completed_on'])
    .execute();
  await db.schema.createIndex('students_name').on('students').columns(['family_name', 'given_name', 'id']).execute();
}
