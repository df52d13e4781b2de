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
      await commitBatch(this.commit, batch);
    }
    this.flushing = null;
  }
}

/**
 * How many entries make a batch worth handing over before the event loop's turn ends: a turn can read dozens of
 * requests, and the first of them should not wait for the last to be read before their commit begins.
 */
const HAND_OVER_AT = 16;

/**
 * For a committer that groups on its own side (the audit commit thread: audit-commit-worker.mjs): each request's
 * entry is handed over at once, without waiting for the commit under way, and the thread commits everything that
 * queued up during its last commit in the next one. Waiting here instead, as {@link AuditBatcher} does, made the
 * event loop idle: a whole wave of requests waited for one commit, and none was read while it ran (docs/decisions/0062).
 * Each request still waits until its own entry is committed.
 */
export class HandOverBatcher {
  private queue: Pending[] = [];
  private readonly inFlight = new Set<Promise<void>>();
  private readonly commit: CommitAuditBatch;

  constructor(commit: CommitAuditBatch) {
    this.commit = commit;
  }

  /** Appends one entry; resolves once it is committed. */
  append(facts: AuditFacts): Promise<void> {
    return new Promise<void>((resolve, reject) => {
      if (this.queue.length === 0) {
        setImmediate(() => {
          this.handOver();
        });
      }
      this.queue.push({ facts, resolve, reject });
      if (this.queue.length >= HAND_OVER_AT) this.handOver();
    });
  }

  /** Resolves once every entry appended so far is committed or refused. */
  async settled(): Promise<void> {
    while (this.inFlight.size > 0 || this.queue.length > 0) {
      if (this.queue.length > 0) this.handOver();
      await Promise.all(this.inFlight);
    }
  }

  private handOver(): void {
    if (this.queue.length === 0) return;
    const batch = this.queue;
    this.queue = [];
    const committed = commitBatch(this.commit, batch).finally(() => this.inFlight.delete(committed));
    this.inFlight.add(committed);
  }
}

/** Commits a batch and settles each of its requests: all committed, or all refused with the batch's error. */
async function commitBatch(commit: CommitAuditBatch, batch: readonly Pending[]): Promise<void> {
  try {
    await commit(batch.map((pending) => pending.facts));
    for (const pending of batch) pending.resolve();
  } catch (error) {
    for (const pending of batch) pending.reject(error);
  }
}
