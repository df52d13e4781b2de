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
  | 'document'
  | 'letter'
  | 'guide-answers'
  | 'progress-point'
  | 'phase-change'
  | 'comment'
  | 'service-log'
  | 'school-calendar'
  | 'school-person';

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

/** A stored history row as the API gives it: the record's state parsed back from JSON. */
function toHistoryEntry(row: { action: HistoryEntry['action']; at: string; data: string }): HistoryEntry {
  return { action: row.action, at: row.at, data: JSON.parse(row.data) as unknown };
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
  return rows.map(toHistoryEntry);
}

/**
 * Every recorded state of one version of one plan, oldest first. The history is joined to the version row and
 * filtered by the plan in the same query: the access check proved only that the plan is the caller's, so a
 * version id of any other plan (another family's, a sibling's) finds nothing, exactly like an unknown id.
 */
export async function listPlanVersionHistory(
  db: Kysely<DatabaseSchema>,
  planId: string,
  versionId: string,
): Promise<HistoryEntry[]> {
  const rows = await db
    .selectFrom('record_history as h')
    .innerJoin('plan_versions as v', 'v.id', 'h.entity_id')
    .select(['h.action', 'h.at', 'h.data'])
    .where('h.entity', '=', 'plan-version')
    .where('h.entity_id', '=', versionId)
    .where('v.plan_id', '=', planId)
    .orderBy('h.id')
    .execute();
  return rows.map(toHistoryEntry);
}
