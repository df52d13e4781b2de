import type { SchoolCalendar, StoredSchoolCalendar } from '../../core/schemas/school-calendar';
import { deleteCalendarOfStudent, findCalendarOfStudent, saveCalendarOfStudent } from '../db/calendar-queries';
import type { Database } from '../db/database';
import { requireStudent } from './require-record';
import { recordedWrite, type WriteContext } from './recorded-write';

/** A child's school calendar, or `{ calendar: null }` when none has been entered. */
export async function getStudentCalendar(database: Database, studentId: string): Promise<StoredSchoolCalendar> {
  await requireStudent(database.db, studentId);
  return findCalendarOfStudent(database.db, studentId);
}

/**
 * Stores a child's school calendar (replacing the one before) and recomputes the child's stored deadlines in
 * the same transaction: school-day deadlines get their dates, or move when the calendar changes.
 */
export async function saveStudentCalendar(
  options: WriteContext & { readonly studentId: string; readonly calendar: SchoolCalendar },
): Promise<StoredSchoolCalendar> {
  const { studentId, calendar } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const existed = (await findCalendarOfStudent(trx, studentId)).calendar !== null;
    await saveCalendarOfStudent(trx, studentId, calendar, at);
    await changed({
      entity: 'school-calendar',
      entityId: studentId,
      studentId,
      action: existed ? 'update' : 'create',
      data: calendar,
    });
    return { calendar, updatedAt: at };
  });
}

/**
 * Removes a child's school calendar; school-day deadlines go back to "date unknown". Removing a calendar
 * that is not there changes nothing and is not an error (the outcome the caller asked for holds).
 */
export async function removeStudentCalendar(options: WriteContext & { readonly studentId: string }): Promise<void> {
  const { studentId } = options;
  await recordedWrite(options, async ({ trx, changed }) => {
    await requireStudent(trx, studentId);
    if (!(await deleteCalendarOfStudent(trx, studentId))) return;
    await changed({ entity: 'school-calendar', entityId: studentId, studentId, action: 'delete', data: null });
  });
}
