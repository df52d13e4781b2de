/** What an audit entry says: who, as what, did what to which record, when (UTC), and how it ended. */
export interface AuditFacts {
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorEmail: string | null;
  /** The caller's relationship to the child (owner, advocate, …), or anonymous, none or system. */
  readonly actorRole: string;
  readonly studentId: string | null;
  readonly entity: string;
  readonly entityId: string | null;
  /** read, search, write, comment, export, delete, share… */
  readonly action: string;
  /** Method and route pattern, e.g. `GET /api/v1/meetings/:id`. */
  readonly route: string;
  /** allowed, denied (no access, answered 404/401) or failed (allowed, but the request was refused). */
  readonly outcome: 'allowed' | 'denied' | 'failed';
  /**
   * How many refusals from one source this entry stands for, when more than one (docs/decisions/0013): the
   * first refusal is an entry of its own, the ones that follow it within a window are one entry with a count.
   */
  readonly count?: number;
}

export const GENESIS_HASH = '0'.repeat(64);

// The chain link itself is plain JavaScript, shared with the audit commit thread.
export { auditHash } from './audit-chain-link.mjs';
