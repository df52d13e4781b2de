import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import type { AuditFacts } from './audit-entry';
import { appendAuditEntries } from './append-audit-entry';

interface Pending {
  readonly facts: AuditFacts;
  resolve(): void;
  reject(error: unknown): void;
}

/** Commits a batch of entries, in order, as one transaction; resolves once they are durable. */
export type CommitAuditBatch = (entries: readonly AuditFacts[]) => Promise<void>;

/** A batch committed through Kysely on the server's own connection or pool. */
export function commitThrough(db: Kysely<DatabaseSchema>): CommitAuditBatch {
  return async (entries) => {
    await db.transaction().execute(async (trx) => {
      await appendAuditEntries(trx, entries);
    });
  };
}

/**
 * Group commit for the entries of reads, denials and failures: entries arriving while a commit is under way
 * are appended together in the next transaction, and each request waits until its own entry is committed
 * before it answers. One disk flush then serves many requests instead of one each (on SQLite with
 * synchronous=FULL a flush costs milliseconds), and the trail never lags behind what was answered. Where the
 * batch is committed is `commit`'s business: through Kysely, or on the audit commit thread (audit-sink.ts).
 */
export class AuditBatcher {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;
  private readonly commit: CommitAuditBatch;

  constructor(commit: CommitAuditBatch) {
    this.commit = commit;
  }

  /** Appends one entry; resolves once it is committed. */
  append(facts: AuditFacts): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ facts, resolve, reject });
      this.flushing ??= this.flushAll();
    });
  }

  /** Resolves once every entry appended so far is committed or refused. */
  async settled(): Promise<void> {
    await this.flushing;
  }

  private async flushAll(): Promise<void> {
    // Let the other requests of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.commit(batch.map((pending) => pending.facts));
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.flushing = null;
  }
}
