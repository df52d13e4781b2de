import { sql, type Kysely } from 'kysely';
import type { DatabaseSchema } from '../db/schema';
import { auditHash, type AuditFacts } from './audit-entry';

/**
 * Appends one entry to the chain, inside the caller's transaction. Moving the head first takes its row
 * lock on PostgreSQL (SQLite has one writer anyway), so concurrent requests queue instead of forking the
 * chain; if the caller's transaction rolls back, the entry and the head move vanish with it.
 */
export async function appendAuditEntry(trx: Kysely<DatabaseSchema>, facts: AuditFacts): Promise<number> {
  const head = await trx
    .updateTable('audit_head')
    .set({ last_seq: sql`last_seq + 1` })
    .where('id', '=', 1)
    .returning(['last_seq', 'last_hash'])
    .executeTakeFirstOrThrow();
  const seq = Number(head.last_seq);
  const hash = auditHash(head.last_hash, seq, facts);
  await trx
    .insertInto('audit_entries')
    .values({
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
      prev_hash: head.last_hash,
      hash,
    })
    .execute();
  await trx.updateTable('audit_head').set({ last_hash: hash }).where('id', '=', 1).execute();
  return seq;
}
