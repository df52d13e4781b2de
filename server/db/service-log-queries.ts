import type { Insertable, Kysely, Selectable } from 'kysely';
import type { ServiceLogEntry } from '../../core/schemas/service-log';
import type { DatabaseSchema, ServiceLogTable } from './schema';

export function toServiceLogEntry(row: Selectable<ServiceLogTable>): ServiceLogEntry {
  return {
    id: row.id,
    service: row.service,
    date: row.date,
    minutes: row.minutes,
    status: row.status,
    reason: row.reason,
    makeUp: row.make_up === 1,
    note: row.note,
    enteredByName: row.entered_by_name,
    createdAt: row.created_at,
  };
}

/** A child's logged sessions, newest date first (then latest written first). */
export async function listServiceLogOfStudent(
  db: Kysely<DatabaseSchema>,
  studentId: string,
): Promise<ServiceLogEntry[]> {
  const rows = await db
    .selectFrom('service_logs')
    .selectAll()
    .where('student_id', '=', studentId)
    .orderBy('date', 'desc')
    .orderBy('id', 'desc')
    .execute();
  return rows.map(toServiceLogEntry);
}

/** Several sessions in one statement (the CSV import: all rows or none, inside the caller's transaction). */
export async function insertServiceLogEntries(
  db: Kysely<DatabaseSchema>,
  rows: readonly Insertable<ServiceLogTable>[],
): Promise<void> {
  if (rows.length === 0) return;
  await db
    .insertInto('service_logs')
    .values([...rows])
    .execute();
}
