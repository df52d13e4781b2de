import { createHash } from 'node:crypto';

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

/**
 * The chain link: SHA-256 over the previous entry's hash, the entry's number and every fact in a fixed
 * order. Changing any stored fact, or removing an entry, breaks the link for `binder audit verify`. A count
 * other than 1 is the last fact; a count of 1 adds nothing, so the entries written before counts existed
 * keep their hashes, and changing a count either way breaks the link.
 */
export function auditHash(prevHash: string, seq: number, facts: AuditFacts): string {
  const fields = [
    seq,
    facts.at,
    facts.actorUserId,
    facts.actorEmail,
    facts.actorRole,
    facts.studentId,
    facts.entity,
    facts.entityId,
    facts.action,
    facts.route,
    facts.outcome,
  ];
  const count = facts.count ?? 1;
  if (count !== 1) fields.push(count);
  return createHash('sha256').update(prevHash).update(JSON.stringify(fields)).digest('hex');
}
