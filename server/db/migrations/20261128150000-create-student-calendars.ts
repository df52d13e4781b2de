import type { Kysely } from 'kysely';

// A child's school calendar (terms and closed days, and the district's holidays for business days), one row
// per child. School-day deadlines such as Texas's 45 school days can only be dated from it; saving or removing
// it recomputes the child's stored deadlines in the same transaction (server/services/calendar-services.ts).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('student_calendars')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().unique().references('students.id').onDelete('cascade'))
    .addColumn('calendar', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
