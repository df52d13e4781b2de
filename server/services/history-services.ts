import type { Database } from '../db/database';
import { listHistory, type HistoryEntity, type HistoryEntry } from '../db/history-queries';
import { found } from './require-record';

/** Every recorded state of a record, oldest first; 404 when there is no such record. */
export async function getHistory(database: Database, entity: HistoryEntity, id: string): Promise<HistoryEntry[]> {
  const history = await listHistory(database.db, entity, id);
  return found(history.length === 0 ? null : history, entity.replace('-', ' '));
}
