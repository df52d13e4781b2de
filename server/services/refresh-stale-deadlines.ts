import type { Database } from '../db/database';
import { listStudentsWithStaleDeadlines } from '../db/deadline-queries';
import { refreshStudentDeadlines } from './student-timeline';

/** Children recomputed per transaction: short transactions, so people's writes wait little. */
const BATCH = 500;

/**
 * The nightly refresh. A child's stored deadlines change with their events (refreshed in the same transaction)
 * and also with time alone: an annual review's next occurrence, a transition age reached, a reminder window
 * opening. This recomputes every child whose deadlines were last computed before `today`, in batches, and
 * answers how many were recomputed. Safe to run twice or on several servers at once: a second run finds
 * nothing stale.
 */
export async function refreshStaleDeadlines(
  database: Database,
  today: string,
  onProgress: (done: number, total: number) => void = () => undefined,
): Promise<number> {
  const stale = await listStudentsWithStaleDeadlines(database.db, today);
  for (let start = 0; start < stale.length; start += BATCH) {
    await database.db.transaction().execute(async (trx) => {
      for (const id of stale.slice(start, start + BATCH)) await refreshStudentDeadlines(trx, id, today);
    });
    onProgress(Math.min(start + BATCH, stale.length), stale.length);
  }
  return stale.length;
}
