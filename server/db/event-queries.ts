import type { Insertable, Kysely, Selectable } from 'kysely';
import { caseEventSchema, type CaseEventInput } from '../../core/schemas/case-event';
import type { CaseEventTable, DatabaseSchema } from './schema';
import { sortableId } from './sortable-id';

/** A stored case event: the spec's event (type, date and its fields) plus where it came from. */
export interface StoredEvent {
  readonly id: string;
  readonly studentId: string;
  readonly source: string | null;
  readonly createdAt: string;
  readonly event: CaseEventInput;
}

function toStoredEvent(row: Selectable<CaseEventTable>): StoredEvent {
  const details = JSON.parse(row.details) as Record<string, unknown>;
  return {
    id: row.id,
    studentId: row.student_id,
    source: row.source,
    createdAt: row.created_at,
    event: caseEventSchema.parse({ ...details, type: row.type, date: row.date }),
  };
}

/** A student's events in date order (then the order they were entered). */
export async function listEventsOfStudent(db: Kysely<DatabaseSchema>, studentId: string): Promise<StoredEvent[]> {
  const rows = await db
    .selectFrom('case_events')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('date')
    .orderBy('id')
    .execute();
  return rows.map(toStoredEvent);
}

/** An event of one child: the child and the event in one query (docs/decisions/0018), so another child's is unknown. */
export async function findEventOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
  eventId: string,
): Promise<StoredEvent | null> {
  const row = await db
    .selectFrom('case_events')
    .selectAll()
    .where('student_id', '=', studentId)
    .where('id', '=', eventId)
    .executeTakeFirst();
  return row === undefined ? null : toStoredEvent(row);
}

/** The child's event of this type on this day, if one is recorded (the first entered). */
export async function findSameEvent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
  event: Pick<CaseEventInput, 'type' | 'date'>,
): Promise<StoredEvent | null> {
  const row = await db
    .selectFrom('case_events')
    .selectAll()
    .where('student_id', '=', studentId)
    .where('type', '=', event.type)
    .where('date', '=', event.date)
    .orderBy('id')
    .executeTakeFirst();
  return row === undefined ? null : toStoredEvent(row);
}

/** Removes an event of one child (nothing when the id is another child's). */
export async function deleteEventOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
  eventId: string,
): Promise<void> {
  await db.deleteFrom('case_events').where('student_id', '=', studentId).where('id', '=', eventId).execute();
}

export async function findEvent(db: Kysely<DatabaseSchema>, id: string): Promise<StoredEvent | null> {
  const row = await db.selectFrom('case_events').selectAll().where('id', '=', id).executeTakeFirst();
  return row === undefined ? null : toStoredEvent(row);
}

/** The stored row of a new case event, with a fresh id: its type and date as columns, the rest as JSON. */
export function eventRow(input: {
  studentId: string;
  event: CaseEventInput;
  source: string | null;
  at: string;
}): Insertable<CaseEventTable> & { id: string } {
  const { type, date, ...details } = input.event;
  return {
    id: sortableId(),
    student_id: input.studentId,
    type,
    date,
    details: JSON.stringify(details),
    source: input.source,
    created_at: input.at,
  };
}

export async function insertEvent(
  db: Kysely<DatabaseSchema>,
  input: {
    studentId: string;
    event: CaseEventInput;
    source: string | null;
    at: string;
  },
): Promise<StoredEvent> {
  const row = eventRow(input);
  await db.insertInto('case_events').values(row).execute();
  return { id: row.id, studentId: input.studentId, source: input.source, createdAt: input.at, event: input.event };
}

/** Whether a record (a meeting, a plan version) has created an event. */
export async function hasEventFromSource(db: Kysely<DatabaseSchema>, source: string): Promise<boolean> {
  const row = await db.selectFrom('case_events').select('id').where('source', '=', source).executeTakeFirst();
  return row !== undefined;
}

/** Removes the event a record created (nothing when it created none). */
export async function deleteEventFromSource(db: Kysely<DatabaseSchema>, source: string): Promise<void> {
  await db.deleteFrom('case_events').where('source', '=', source).execute();
}

/** Replaces the event a record (a meeting, a plan version) created, keeping its id. */
export async function replaceEventFromSource(
  db: Kysely<DatabaseSchema>,
  source: string,
  event: CaseEventInput,
): Promise<void> {
  const { type, date, ...details } = event;
  await db
    .updateTable('case_events')
    .set({ type, date, details: JSON.stringify(details) })
    .where('source', '=', source)
    .execute();
}

export async function updateEvent(db: Kysely<DatabaseSchema>, stored: StoredEvent): Promise<void> {
  const { type, date, ...details } = stored.event;
  await db
    .updateTable('case_events')
    .set({ type, date, details: JSON.stringify(details) })
    .where('id', '=', stored.id)
    .execute();
}
