import type { Kysely } from 'kysely';
import { advanceAuditHead, insertAuditRows, setAuditHeadHash } from '../db/audit-chain-queries';
import type { DatabaseSchema } from '../db/schema';
import { auditHash, type AuditFacts } from './audit-entry';

/**
 * Appends entries to the chain, in order, inside the caller's transaction. Moving the head first takes its
 * row lock on PostgreSQL (SQLite has one writer anyway), so concurrent requests queue instead of forking the
 * chain; if the caller's transaction rolls back, the entries and the head move vanish with it. Returns the
 * number of the last entry.
 */
export async function appendAuditEntries(trx: Kysely<DatabaseSchema>, entries: readonly AuditFacts[]): Promise<number> {
  const { lastSeq, lastHash } = await advanceAuditHead(trx, entries.length);
  let prevHash = lastHash;
  const rows = entries.map((facts, index) => {
    const seq = lastSeq - entries.length + 1 + index;
    const hash = auditHash(prevHash, seq, facts);
    const row = {
      seq,
      at: facts.at,
      actor_user_id: facts.actorUserId,
      actor_email: facts.actorEmail,
      actor_role: facts.actorRole,
      student_id: facts.studentId,
      entity: facts.entity,
      entity_id: facts.entityId,
      action: facts.action,
      route: facts.route,
      outcome: facts.outcome,
      count: facts.count ?? 1,
      prev_hash: prevHash,
      hash,
    };
    prevHash = hash;
    return row;
  });
  await insertAuditRows(trx, rows);
  await setAuditHeadHash(trx, prevHash);
  return lastSeq;
}

/** Appends one entry (see appendAuditEntries). */
export function appendAuditEntry(trx: Kysely<DatabaseSchema>, facts: AuditFacts): Promise<number> {
  return appendAuditEntries(trx, [facts]);
}
