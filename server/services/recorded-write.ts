import type { Transaction } from 'kysely';
import type { AuditDetails, AuditRecorder } from '../audit/audit-recorder';
import { auditedTransaction } from '../audit/audited-transaction';
import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { appendHistory, type HistoryEntity, type HistoryEntry } from '../db/history-queries';
import type { DatabaseSchema } from '../db/schema';
import { refreshStudentDeadlines } from './student-timeline';

/** What every write service is given, besides its own input: the database, the clock and the request's audit. */
export interface WriteContext {
  readonly database: Database;
  readonly clock: Clock;
  readonly audit: AuditRecorder;
}

/** What a write did to one record of a child: its history entry. */
export interface RecordChange {
  readonly entity: HistoryEntity;
  readonly entityId: string;
  readonly studentId: string;
  readonly action: HistoryEntry['action'];
  /** What the record became (null when it was deleted). */
  readonly data: unknown;
}

/** What the work of a write is handed. */
export interface WriteScope {
  readonly trx: Transaction<DatabaseSchema>;
  /** The write's time, as stored (ISO, UTC). */
  readonly at: string;
  readonly today: string;
  /** Appends the change's history entry; a change to what the deadline engine reads marks the child. */
  readonly changed: (change: RecordChange) => Promise<void>;
  /**
   * Marks a child whose events changed with no history entry of their own (an event a plan or the demo
   * loader adds along with its record).
   */
  readonly eventsChanged: (studentId: string) => void;
}

/**
 * Whether a change alters what the deadline engine reads of a child (server/services/student-timeline.ts):
 * events (entered by hand, implied by a meeting, sent as a letter), the school calendar, the child's details,
 * and final plan versions (a 504 plan's review date). A new child has no events or calendar yet, and drafts,
 * progress data, comments, service logs, communications, the school's people and guide answers are not read by the engine.
 */
export function changesDeadlineInputs(change: RecordChange): boolean {
  switch (change.entity) {
    case 'case-event':
    case 'meeting':
    case 'letter':
    case 'school-calendar':
      return true;
    case 'student':
      return change.action !== 'create';
    case 'plan-version':
      return isFinalVersion(change.data);
    case 'plan':
    case 'communication':
    case 'document':
    case 'guide-answers':
    case 'progress-point':
    case 'phase-change':
    case 'comment':
    case 'service-log':
    case 'school-person':
      return false;
  }
}

function isFinalVersion(data: unknown): boolean {
  return typeof data === 'object' && data !== null && 'status' in data && data.status === 'final';
}

/**
 * The one skeleton of a write to a child's record (docs/decisions/0022): one transaction holding the change,
 * a history entry for each record it changed, the child's stored deadlines recomputed when the change touched
 * what the engine reads (docs/decisions/0011; once per child, after the work), and the audit entry. All of it
 * commits, or none of it. `details` names what only the change knows (the id it created).
 */
export function recordedWrite<T>(
  context: WriteContext,
  work: (scope: WriteScope) => Promise<T>,
  details?: (result: T) => AuditDetails,
): Promise<T> {
  const at = context.clock.now().toISOString();
  const today = context.clock.today();
  return auditedTransaction(
    context.database,
    context.audit,
    async (trx) => {
      const stale = new Set<string>();
      const result = await work({
        trx,
        at,
        today,
        changed: async (change) => {
          await appendHistory(trx, { ...change, at });
          if (changesDeadlineInputs(change)) stale.add(change.studentId);
        },
        eventsChanged: (studentId) => {
          stale.add(studentId);
        },
      });
      for (const studentId of stale) await refreshStudentDeadlines(trx, studentId, today);
      return result;
    },
    details,
  );
}
