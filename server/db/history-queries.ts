import type { Kysely } from 'kysely';
import type { DatabaseSchema } from './schema';
import { sortableId } from './sortable-id';

export type HistoryEntity =
  | 'student'
  | 'plan'
  | 'plan-version'
  | 'meeting'
  | 'case-event'
  | 'communication'
  | 'letter'
  | 'guide-answers'
  | 'progress-point'
  | 'phase-change'
  | 'comment'
  | 'service-log'
  | 'school-calendar';

export interface HistoryEntry {
  readonly action: 'create' | 'update' | 'delete';
  readonly at: string;
  readonly data: unknown;
}

/** Appends what a record became. Call in the same transaction as the write itself. */
export async function appendHistory(
  db: Kysely<DatabaseSchema>,
  entry: {
    entity: HistoryEntity;
    entityId: string;
    studentId: string;
    action: HistoryEntry['action'];
    data: unknown;
    at: string;
  },
): Promise<void> {
  await db
    .insertInto('record_history')
    .values({
      id: sortableId(),
      entity: entry.entity,
      entity_id: entry.entityId,
      student_id: entry.studentId,
      action: entry.action,
      data: JSON.stringify(entry.data),
      at: entry.at,
    })
    .execute();
}

/** Every recorded state of one record, oldest first. */
export async function listHistory(
  db: Kysely<DatabaseSchema>,
  entity: HistoryEntity,
  entityId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('record_history')
    .select(['action', 'at', 'data'])
    .where('entity', '=', entity)
    .where('entity_id', '=', entityId)
    .orderBy('id')
    .execute();
  return rows.map((row) => ({ action: row.action, at: row.at, data: JSON.parse(row.data) as unknown }));
}
