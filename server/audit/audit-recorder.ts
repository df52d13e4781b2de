import type { Kysely } from 'kysely';
import type { Clock } from '../clock';
import type { DatabaseSchema } from '../db/schema';
import type { AuditFacts } from './audit-entry';
import { appendAuditEntry } from './append-audit-entry';

/** Where entries not written inside a change's transaction go (server/audit/audit-batcher.ts). */
export interface AuditSink {
  append(facts: AuditFacts): Promise<void>;
}

/** What a write learns only as it runs: the id of the child or record it created. */
export interface AuditDetails {
  readonly studentId?: string;
  readonly entityId?: string;
}

/**
 * Handed to every service that changes a child's record: the service calls `record(trx)` inside its
 * transaction, so the change and its audit entry commit or roll back together.
 */
export interface AuditRecorder {
  record(trx: Kysely<DatabaseSchema>, details?: AuditDetails): Promise<void>;
}

/** The facts of an entry before its time and outcome are known. */
export type AuditDraft = Omit<AuditFacts, 'at' | 'outcome'>;

/**
 * One request's audit entry. Exactly one entry is written per request: by the service inside its
 * transaction (`record`), or, when the request was denied, failed or only read, by the HTTP layer after the
 * handler (`recordOutcome`).
 */
export class AuditScope implements AuditRecorder {
  private draft: AuditDraft;
  recorded = false;

  constructor(
    draft: AuditDraft,
    private readonly clock: Clock,
    private readonly sink: AuditSink | null = null,
  ) {
    this.draft = draft;
  }

  get facts(): AuditDraft {
    return this.draft;
  }

  /** Fills in what the access check learned (the child the record belongs to, the caller's role). */
  refine(details: Partial<AuditDraft>): void {
    this.draft = { ...this.draft, ...details };
  }

  async record(trx: Kysely<DatabaseSchema>, details: AuditDetails = {}): Promise<void> {
    if (this.recorded) throw new Error('this request already has its audit entry');
    this.refine(details);
    await appendAuditEntry(trx, { ...this.draft, at: this.clock.now().toISOString(), outcome: 'allowed' });
    this.recorded = true;
  }

  /**
   * The request's entry as it ends now with `outcome`, for the caller to write (a refusal goes through
   * server/audit/refusal-collapser.ts); the request then has its entry.
   */
  conclude(outcome: AuditFacts['outcome']): AuditFacts {
    if (this.recorded) throw new Error('this request already has its audit entry');
    this.recorded = true;
    return { ...this.draft, at: this.clock.now().toISOString(), outcome };
  }

  /** Records how a request without a write of its own ended (read, denied or failed), before it is answered. */
  async recordOutcome(db: Kysely<DatabaseSchema>, outcome: AuditFacts['outcome']): Promise<void> {
    if (this.recorded) return;
    const facts = this.conclude(outcome);
    if (this.sink !== null) {
      await this.sink.append(facts);
      return;
    }
    await db.transaction().execute(async (trx) => {
      await appendAuditEntry(trx, facts);
    });
  }
}

/** For writes made by Binder itself (the CLI's demo loader): recorded as the system, not as a person. */
export function systemAudit(clock: Clock, entity: string, route: string): AuditScope {
  return new AuditScope(
    {
      actorUserId: null,
      actorEmail: null,
      actorRole: 'system',
      studentId: null,
      entity,
      entityId: null,
      action: 'write',
      route,
    },
    clock,
  );
}
