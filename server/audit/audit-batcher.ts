import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import type { AuditFacts } from './audit-entry';
import { appendAuditEntries } from './append-audit-entry';

interface Pending {
  readonly facts: AuditFacts;
  resolve(): void;
  reject(error: unknown): void;
}

/**
 * Group commit for the entries of reads, denials and failures: entries arriving while a commit is under way
 * are appended together in the next transaction, and each request waits until its own entry is committed
 * before it answers. One disk flush then serves many requests instead of one each (on SQLite with
 * synchronous=FULL a flush costs milliseconds), and the trail never lags behind what was answered.
 */
export class AuditBatcher {
  private queue: Pending[] = [];
  private flushing: Promise<void> | null = null;

  constructor(private readonly db: Kysely<DatabaseSchema>) {}

  /** Appends one entry; resolves once it is committed. */
  append(facts: AuditFacts): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      this.queue.push({ facts, resolve, reject });
      this.flushing ??= this.flushAll();
    });
  }

  private async flushAll(): Promise<void> {
    // Let the other requests of this turn of the event loop join the first batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
    while (this.queue.length > 0) {
      const batch = this.queue;
      this.queue = [];
      try {
        await this.db.transaction().execute(async (trx) => {
          await appendAuditEntries(
            trx,
            batch.map((pending) => pending.facts),
          );
        });
        for (const pending of batch) pending.resolve();
      } catch (error) {
        for (const pending of batch) pending.reject(error);
      }
    }
    this.flushing = null;
  }
}
