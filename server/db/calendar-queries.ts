import type { Insertable, Kysely } from 'kysely';
import type { SchoolCalendar, StoredSchoolCalendar } from '../../core/schemas/school-calendar';
import type { DatabaseSchema, StudentCalendarTable } from './schema';
import { sortableId } from './sortable-id';

type Db = Kysely<DatabaseSchema>;

/** A child's stored school calendar; `{ calendar: null }` when none was entered. */
export async function findCalendarOfStudent(db: Db, studentId: string): Promise<StoredSchoolCalendar> {
  const row = await db
    .selectFrom('student_calendars')
    .select(['calendar', 'updated_at'])
    .where('student_id', '=', studentId)
    .executeTakeFirst();
  if (row === undefined) return { calendar: null, updatedAt: null };
  return { calendar: JSON.parse(row.calendar) as SchoolCalendar, updatedAt: row.updated_at };
}

/** The stored row of a child's calendar, as JSON. */
export function calendarRow(studentId: string, calendar: SchoolCalendar, at: string): Insertable<StudentCalendarTable> {
  return { id: sortableId(), student_id: studentId, calendar: JSON.stringify(calendar), updated_at: at };
}

/** Stores a child's calendar, replacing the one before (one row per child). */
export async function saveCalendarOfStudent(db: Db, studentId: string, calendar: SchoolCalendar, at: string) {
  const row = calendarRow(studentId, calendar, at);
  await db
    .insertInto('student_calendars')
    .values(row)
    .onConflict((conflict) => conflict.column('student_id').doUpdateSet({ calendar: row.calendar, updated_at: at }))
    .execute();
}

/** Removes a child's calendar; true when there was one. */
export async function deleteCalendarOfStudent(db: Db, studentId: string): Promise<boolean> {
  const result = await db.deleteFrom('student_calendars').where('student_id', '=', studentId).executeTakeFirst();
  return result.numDeletedRows > 0n;
}
