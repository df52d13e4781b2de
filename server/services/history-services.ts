import type { Database } from '../db/database';
import { listHistory, listPlanVersionHistory, type HistoryEntity, type HistoryEntry } from '../db/history-queries';
import { found } from './require-record';

/**
 * Every recorded state of a record, oldest first; 404 when there is no such record. Only for a record that is
 * the route's own `:id` (its access check proved whose it is); a record named by a second id has its own
 * function that proves it belongs to the first, in the same query.
 */
export async function getHistory(
  database: Database,
  // A plan version is never a route's own `:id` (it is named under its plan): getPlanVersionHistory.
  entity: Exclude<HistoryEntity, 'plan-version'>,
  id: string,
): Promise<HistoryEntry[]> {
  const history = await listHistory(database.db, entity, id);
  return found(history.length === 0 ? null : history, entity.replace('-', ' '));
}

/** Every saved state of a version of this plan; 404, as for an unknown id, when the version is not this plan's. */
export async function getPlanVersionHistory(
  database: Database,
  planId: string,
  versionId: string,
): Promise<HistoryEntry[]> {
  const history = await listPlanVersionHistory(database.db, planId, versionId);
  return found(history.length === 0 ? null : history, 'plan version');
}
