// How entries are linked into the audit chain. Plain JavaScript, typed by audit-chain-link.d.mts, because the
// audit commit thread (audit-commit-worker.mjs) loads it with Node's own loader: one implementation for the
// server, the commit thread and `binder audit verify` (docs/decisions/0056).
import { createHash } from 'node:crypto';

/**
 * The chain link: SHA-256 over the previous entry's hash, the entry's number and every fact in a fixed
 * order. Changing any stored fact, or removing an entry, breaks the link for `binder audit verify`. A count
 * other than 1 is the last fact; a count of 1 adds nothing, so the entries written before counts existed
 * keep their hashes, and changing a count either way breaks the link.
 */
export function auditHash(prevHash, seq, facts) {
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

/**
 * The rows of `entries` appended after a head that was just moved forward to `lastSeq`: numbered in order,
 * each linked to the one before it, the first to `headHash`. Answers the rows and the hash the head then stores.
 */
export function chainRows(lastSeq, headHash, entries) {
  let prevHash = headHash;
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
  return { rows, lastHash: prevHash };
}
