import type { Kysely, Selectable } from 'kysely';
import type { ServiceLogEntry } from '../../core/schemas/service-log';
import type { DatabaseSchema, ServiceLogTable } from './schema';

export function toServiceLogEntry(row: Selectable<ServiceLogTable>): ServiceLogEntry {
  return {
    id: row.id,
    service: row.service,
    date: row.date,
    minutes: row.minutes,
    status: row.status,
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

export async function insertServiceLogEntry(db: Kysely<DatabaseSchema>, row: ServiceLogTable): Promise<void> {
  await db.insertInto('service_logs').values(row).execute();
}
