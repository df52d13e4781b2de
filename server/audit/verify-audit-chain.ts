import type { Kysely, Selectable } from 'kysely';
import { findAuditHead, listAuditEntriesFrom } from '../db/audit-chain-queries';
import type { AuditEntryTable, DatabaseSchema } from '../db/schema';
import { auditHash, GENESIS_HASH, type AuditFacts } from './audit-entry';

export interface AuditChainReport {
  readonly entries: number;
  /** Each break found, in order: `entry 12 was changed`, `entry 13 is missing`, … */
  readonly problems: readonly string[];
}

const PAGE = 5000;

/** A stored entry's facts, as its hash covers them. */
export function auditFactsOf(row: Selectable<AuditEntryTable>): AuditFacts {
  return {
    at: row.at,
    actorUserId: row.actor_user_id,
    actorEmail: row.actor_email,
    actorRole: row.actor_role,
    studentId: row.student_id,
    entity: row.entity,
    entityId: row.entity_id,
    action: row.action,
    route: row.route,
    outcome: row.outcome as AuditFacts['outcome'],
    // Only when it says more than one refusal: the facts of every other entry read as before counts existed.
    ...(row.count === 1 ? {} : { count: row.count }),
  };
}

/** Walks the whole chain from the first entry, recomputing every link and comparing the head. */
export async function verifyAuditChain(db: Kysely<DatabaseSchema>): Promise<AuditChainReport> {
  const problems: string[] = [];
  let expectedSeq = 1;
  let prevHash = GENESIS_HASH;
  let entries = 0;
  for (;;) {
    const rows = await listAuditEntriesFrom(db, expectedSeq, PAGE);
    for (const row of rows) {
      const seq = Number(row.seq);
      if (seq !== expectedSeq) {
        problems.push(
          seq - expectedSeq === 1
            ? `entry ${String(expectedSeq)} is missing`
            : `entries ${String(expectedSeq)}–${String(seq - 1)} are missing`,
        );
      }
      const facts = auditFactsOf(row);
      if (row.hash !== auditHash(row.prev_hash, seq, facts)) problems.push(`entry ${String(seq)} was changed`);
      else if (seq === expectedSeq && row.prev_hash !== prevHash) {
        problems.push(`entry ${String(seq)} does not follow entry ${String(seq - 1)}`);
      }
      prevHash = row.hash;
      expectedSeq = seq + 1;
      entries += 1;
    }
    if (rows.length < PAGE) break;
  }
  const head = await findAuditHead(db);
  const lastSeq = Number(head?.last_seq ?? 0);
  if (lastSeq >= expectedSeq) {
    problems.push(
      lastSeq === expectedSeq
        ? `entry ${String(lastSeq)} (the newest) is missing`
        : `entries ${String(expectedSeq)}–${String(lastSeq)} (the newest) are missing`,
    );
  } else if (head !== null && head.last_hash !== prevHash && entries > 0) {
    problems.push(`the newest entry ${String(lastSeq)} does not match the chain head`);
  }
  return { entries, problems };
}
