import type { Database } from '../db/database';
import { AuditBatcher, commitThrough, HandOverBatcher, type CommitAuditBatch } from './audit-batcher';
import { openAuditCommitConnection, type AuditCommitConnection } from './audit-commit-thread';
import type { AuditFacts } from './audit-entry';
import type { AuditSink } from './audit-recorder';
import { commitOnPostgres } from './postgres-audit-commit';

/** The app's sink for the entries of reads, denials and failures, closed with the app. */
export interface AppAuditSink extends AuditSink {
  /** Waits for the entries appended so far, then lets the commit thread's connection go. */
  close(): Promise<void>;
}

/**
 * Group commit (audit-batcher.ts) on the audit commit thread when the database is a SQLite file
 * (docs/decisions/0056); on PostgreSQL in one statement per batch (postgres-audit-commit.ts, docs/decisions/0060),
 * where a commit waits on the network, not on the event loop; else (an in-memory SQLite database, which a second
 * connection cannot open) through Kysely. The thread's connection opens with the first entry; if it cannot be
 * opened, or the thread stops, batches are committed on the event loop as before, and `onFallback` is told why once.
 */
export function openAppAuditSink(database: Database, onFallback: (reason: string) => void): AppAuditSink {
  const onEventLoop = database.dialect === 'postgres' ? commitOnPostgres(database.db) : commitThrough(database.db);
  const file = database.sqliteFile;
  let connection: Promise<AuditCommitConnection | null> | null = null;
  let fellBack = false;
  const fallBack = (reason: string) => {
    if (!fellBack) onFallback(reason);
    fellBack = true;
  };
  if (file === null || file === ':memory:') return sinkOf(new AuditBatcher(onEventLoop), () => Promise.resolve());
  const onThread: CommitAuditBatch = async (entries: readonly AuditFacts[]) => {
    connection ??= openAuditCommitConnection(file).catch((error: unknown) => {
      fallBack(error instanceof Error ? error.message : String(error));
      return null;
    });
    const opened = await connection;
    if (opened === null || !opened.alive) {
      if (opened !== null) fallBack('the audit commit thread stopped');
      await onEventLoop(entries);
      return;
    }
    await opened.commit(entries);
  };
  // The thread groups what queues up while it commits, so entries are handed over at once (HandOverBatcher).
  return sinkOf(new HandOverBatcher(onThread), async () => {
    await (await connection)?.close();
  });
}

function sinkOf(batcher: AuditBatcher | HandOverBatcher, closeConnection: () => Promise<void>): AppAuditSink {
  return {
    append: (facts) => batcher.append(facts),
    close: async () => {
      await batcher.settled();
      await closeConnection();
    },
  };
}
