import type { Database } from '../db/database';
import {
  deleteEventOfStudent,
  findEvent,
  findEventOfStudent,
  insertEvent,
  listEventsOfStudent,
  updateEvent,
  type StoredEvent,
} from '../db/event-queries';
import { AppError } from '../app-error';
import { found, requireStudent } from './require-record';
import { recordedWrite, type WriteContext } from './recorded-write';

export async function listEvents(database: Database, studentId: string): Promise<StoredEvent[]> {
  await requireStudent(database.db, studentId);
  return listEventsOfStudent(database.db, studentId);
}

export async function getEvent(database: Database, id: string): Promise<StoredEvent> {
  return found(await findEvent(database.db, id), 'event');
}

/** Records an event entered by hand (a request, a consent, a notice…). */
export async function recordEvent(
  options: WriteContext & { readonly studentId: string; readonly event: StoredEvent['event'] },
): Promise<StoredEvent> {
  const { studentId, event } = options;
  return recordedWrite(options, async ({ trx, at, changed }) => {
    await requireStudent(trx, studentId);
    const stored = await insertEvent(trx, { studentId, event, source: null, at });
    await changed({ entity: 'case-event', entityId: stored.id, studentId, action: 'create', data: stored });
    return stored;
  });
}

/**
 * Corrects an event entered by hand. Events created by a meeting or a plan change with that record, not
 * here, so the two cannot disagree.
 */
export async function reviseEvent(
  options: WriteContext & { readonly id: string; readonly event: StoredEvent['event'] },
): Promise<StoredEvent> {
  const { id, event } = options;
  return recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findEvent(trx, id), 'event');
    refuseEventOfRecord(current);
    const next: StoredEvent = { ...current, event };
    await updateEvent(trx, next);
    await changed({ entity: 'case-event', entityId: id, studentId: current.studentId, action: 'update', data: next });
    return next;
  });
}

/** Events created by a meeting, a plan or a letter change with that record, so the two cannot disagree. */
function refuseEventOfRecord(current: StoredEvent): void {
  if (current.source !== null) {
    throw new AppError(
      'conflict',
      'this event was recorded with a meeting, a plan or a letter; change that record instead',
    );
  }
}

/**
 * Removes an event entered by hand (by mistake, or twice). The event is looked up through the child in the same
 * query (docs/decisions/0018): another child's id answers like an unknown one. Its history keeps every state and
 * the deletion; the child's deadlines are recomputed without it (docs/decisions/0031).
 */
export async function removeEvent(
  options: WriteContext & { readonly studentId: string; readonly eventId: string },
): Promise<void> {
  const { studentId, eventId } = options;
  await recordedWrite(options, async ({ trx, changed }) => {
    const current = found(await findEventOfStudent(trx, studentId, eventId), 'event');
    refuseEventOfRecord(current);
    await deleteEventOfStudent(trx, studentId, eventId);
    await changed({ entity: 'case-event', entityId: eventId, studentId, action: 'delete', data: current });
  });
}
