import type { AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { findEvent, insertEvent, listEventsOfStudent, updateEvent, type StoredEvent } from '../db/event-queries';
import { appendHistory } from '../db/history-queries';
import { AppError } from '../app-error';
import { found, requireStudent } from './require-record';
import { refreshStudentDeadlines } from './student-timeline';

export async function listEvents(database: Database, studentId: string): Promise<StoredEvent[]> {
  await requireStudent(database.db, studentId);
  return listEventsOfStudent(database.db, studentId);
}

export async function getEvent(database: Database, id: string): Promise<StoredEvent> {
  return found(await findEvent(database.db, id), 'event');
}

/** Records an event entered by hand (a request, a consent, a notice…). */
export async function recordEvent(
  database: Database,
  clock: Clock,
  studentId: string,
  event: StoredEvent['event'],
  audit: AuditRecorder,
): Promise<StoredEvent> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    await requireStudent(trx, studentId);
    const stored = await insertEvent(trx, { studentId, event, source: null, at });
    await appendHistory(trx, {
      entity: 'case-event',
      entityId: stored.id,
      studentId,
      action: 'create',
      data: stored,
      at,
    });
    await refreshStudentDeadlines(trx, studentId, clock.today());
    return stored;
  });
}

/**
 * Corrects an event entered by hand. Events created by a meeting or a plan change with that record, not
 * here, so the two cannot disagree.
 */
export async function reviseEvent(
  database: Database,
  clock: Clock,
  id: string,
  event: StoredEvent['event'],
  audit: AuditRecorder,
): Promise<StoredEvent> {
  const at = clock.now().toISOString();
  return auditedTransaction(database, audit, async (trx) => {
    const current = found(await findEvent(trx, id), 'event');
    if (current.source !== null) {
      throw new AppError('conflict', 'this event was recorded by a meeting or a plan; change that record instead');
    }
    const next: StoredEvent = { ...current, event };
    await updateEvent(trx, next);
    await appendHistory(trx, {
      entity: 'case-event',
      entityId: id,
      studentId: current.studentId,
      action: 'update',
      data: next,
      at,
    });
    await refreshStudentDeadlines(trx, current.studentId, clock.today());
    return next;
  });
}
