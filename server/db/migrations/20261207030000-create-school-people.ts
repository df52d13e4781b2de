import type { Kysely } from 'kysely';

// A child's directory of the school's people (case manager, teacher, principal, …): who to write to and
// call. The details (name, title, e-mail, phone, address) are one JSON column, as the communication log's.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('school_people')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('role', 'text', (c) => c.notNull())
    .addColumn('details', 'text', (c) => c.notNull())
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('school_people_by_student').on('school_people').column('student_id').execute();
}
