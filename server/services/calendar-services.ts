import type { SchoolCalendar, StoredSchoolCalendar } from '../../core/schemas/school-calendar';
import type { AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import type { Clock } from '../clock';
import { deleteCalendarOfStudent, findCalendarOfStudent, saveCalendarOfStudent } from '../db/calendar-queries';
import type { Database } from '../db/database';
import { appendHistory } from '../db/history-queries';
import { requireStudent } from './require-record';
import { refreshStudentDeadlines } from './student-timeline';

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
  database: Database,
  clock: Clock,
  studentId: string,
  calendar: SchoolCalendar,
  audit: AuditRecorder,
): Promise<StoredSchoolCalendar> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    await requireStudent(trx, studentId);
    const existed = (await findCalendarOfStudent(trx, studentId)).calendar !== null;
    await saveCalendarOfStudent(trx, studentId, calendar, at);
    await appendHistory(trx, {
      entity: 'school-calendar',
      entityId: studentId,
      studentId,
      action: existed ? 'update' : 'create',
      data: calendar,
      at,
    });
    await refreshStudentDeadlines(trx, studentId, clock.today());
    return { calendar, updatedAt: at };
  });
}

/**
 * Removes a child's school calendar; school-day deadlines go back to "date unknown". Removing a calendar
 * that is not there changes nothing and is not an error (the outcome the caller asked for holds).
 */
export async function removeStudentCalendar(
  database: Database,
  clock: Clock,
  studentId: string,
  audit: AuditRecorder,
): Promise<void> {
  const at = clock.now().toISOString();
  await auditedTransaction(database, audit, async (trx) => {
    await requireStudent(trx, studentId);
    if (!(await deleteCalendarOfStudent(trx, studentId))) return;
    await appendHistory(trx, {
      entity: 'school-calendar',
      entityId: studentId,
      studentId,
      action: 'delete',
      data: null,
      at,
    });
    await refreshStudentDeadlines(trx, studentId, clock.today());
  });
}
