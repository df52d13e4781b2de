import { expect } from 'vitest';
import type { Kysely } from 'kysely';
import type { DatabaseSchema } from '../../server/db/schema';
import { auditFactsOf } from '../../server/audit/verify-audit-chain';
import type { AuditFacts } from '../../server/audit/audit-entry';

/** An audit entry as the tests compare it (seq as a number: PostgreSQL hands bigint back as a string). */
export interface AuditRow {
  readonly seq: number;
  readonly at: string;
  readonly actorUserId: string | null;
  readonly actorEmail: string | null;
  readonly actorRole: string;
  readonly studentId: string | null;
  readonly entity: string;
  readonly entityId: string | null;
  readonly action: string;
  readonly route: string;
  readonly outcome: string;
  /** How many refusals the entry stands for, when more than one. */
  readonly count?: number;
}

/**
 * A fictional read of a child's record, numbered `n`: the facts vary with `n` (time, actor, child) so that a chain of
 * them has distinct links. For the tests of the audit trail's writers.
 */
export function sampleAuditFacts(n: number, route = 'GET /api/v1/students/:id'): AuditFacts {
  return {
    at: `2026-11-28T16:00:${String(n % 60).padStart(2, '0')}.000Z`,
    actorUserId: `user-${String(n % 3)}`,
    actorEmail: `person${String(n % 3)}@example.org`,
    actorRole: 'case-manager',
    studentId: `student-${String(n % 7)}`,
    entity: 'student',
    entityId: null,
    action: 'read',
    route,
    outcome: 'allowed',
  };
}

/** The number of the newest audit entry (0 when there is none): take it before a call, then read what follows. */
export async function lastAuditSeq(db: Kysely<DatabaseSchema>): Promise<number> {
  const row = await db.selectFrom('audit_entries').select('seq').orderBy('seq', 'desc').limit(1).executeTakeFirst();
  return row === undefined ? 0 : Number(row.seq);
}

/** Every audit entry written after entry `seq`, oldest first. */
export async function auditEntriesAfter(db: Kysely<DatabaseSchema>, seq: number): Promise<AuditRow[]> {
  const rows = await db.selectFrom('audit_entries').selectAll().where('seq', '>', seq).orderBy('seq').execute();
  return rows.map((row) => ({ seq: Number(row.seq), ...auditFactsOf(row) }));
}

/** Makes an account an administrator, as `binder admin create` does (a row in `administrators`). */
export async function makeAdministrator(db: Kysely<DatabaseSchema>, userId: string): Promise<void> {
  await db.insertInto('administrators').values({ user_id: userId, created_at: new Date().toISOString() }).execute();
}

/**
 * For a test that checks a refused change wrote nothing: since entry `seq`, exactly `attempts` requests tried
 * to change something (any method but GET), each has its entry, and none claims the change happened (every
 * outcome is `failed`, none `allowed`).
 */
export async function expectOnlyRefusedWrites(
  db: Kysely<DatabaseSchema>,
  seq: number,
  attempts: number,
): Promise<void> {
  const writes = (await auditEntriesAfter(db, seq)).filter((entry) => !entry.route.startsWith('GET '));
  expect(writes.map((entry) => `${entry.route}: ${entry.outcome}`)).toEqual(
    writes.map((entry) => `${entry.route}: failed`),
  );
  expect(writes).toHaveLength(attempts);
}
