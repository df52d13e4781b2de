import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAuditFacts } from '../../test/helpers/audit-entries';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { openDatabase } from '../db/database';
import { appendAuditEntry } from './append-audit-entry';
import type { AuditFacts } from './audit-entry';
import { commitOnPostgres } from './postgres-audit-commit';
import { verifyAuditChain } from './verify-audit-chain';

// The one-statement group commit on PostgreSQL (docs/decisions/0060): a batch goes in only onto the head its writer
// last saw; when another writer moved the head, it is re-linked onto the new one. Whatever the interleaving, the
// trail stays one unbroken chain with every entry in it once.
function facts(n: number, route?: string): AuditFacts {
  return {
    ...sampleAuditFacts(n, route),
    outcome: n % 5 === 0 ? 'denied' : 'allowed',
    ...(n % 4 === 0 ? { count: 3 } : {}),
  };
}

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

async function entriesAt(at: readonly string[]): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from audit_entries where at in (${sql.join(
    at,
  )})`.execute(t.database.db);
  return Number(rows[0]?.n);
}

describe.runIf(process.env.BINDER_TEST_POSTGRES_URL)('the audit group commit on PostgreSQL', () => {
  it('stores a batch as given, linked to the chain, and keeps linking after its own batches', async () => {
    const commit = commitOnPostgres(t.database.db);
    const before = await verifyAuditChain(t.database.db);
    await commit([facts(1), facts(2), facts(4)]);
    await commit([facts(5)]);
    const after = await verifyAuditChain(t.database.db);
    expect(after.problems).toEqual([]);
    expect(after.entries).toBe(before.entries + 4);
    const { rows } = await sql<{
      outcome: string;
      count: number;
    }>`select outcome, count from audit_entries order by seq desc limit 4`.execute(t.database.db);
    expect(rows.map((row) => [row.outcome, row.count])).toEqual([
      ['denied', 1],
      ['allowed', 3],
      ['allowed', 1],
      ['allowed', 1],
    ]);
  });

  it('re-links a batch when a change moved the head since its writer last saw it', async () => {
    const commit = commitOnPostgres(t.database.db);
    const before = await verifyAuditChain(t.database.db);
    await commit([facts(10)]);
    // A change's own entry, in its transaction: the head this writer knows is now stale.
    await t.database.db.transaction().execute((trx) => appendAuditEntry(trx, facts(11, 'PUT /api/v1/students/:id')));
    await commit([facts(12), facts(13)]);
    const after = await verifyAuditChain(t.database.db);
    expect(after.problems).toEqual([]);
    expect(after.entries).toBe(before.entries + 4);
    expect(await entriesAt([facts(12).at, facts(13).at])).toBe(2);
  });

  it('keeps one chain with two app servers and the changes of a third writing at once', async () => {
    const first = commitOnPostgres(t.database.db);
    // A second app server: its own pool on the same database.
    const other = openDatabase(t.config);
    const second = commitOnPostgres(other.db);
    const before = await verifyAuditChain(t.database.db);
    const batches = Array.from({ length: 20 }, (_, i) => {
      const commit = i % 2 === 0 ? first : second;
      return commit([facts(200 + 2 * i), facts(201 + 2 * i)]);
    });
    // Changes hold the head's lock for a moment while the batches try to move it.
    const changes = Array.from({ length: 10 }, (_, i) =>
      t.database.db.transaction().execute(async (trx) => {
        await appendAuditEntry(trx, facts(300 + i, 'PUT /api/v1/students/:id'));
        await sleep(2);
      }),
    );
    try {
      await Promise.all([...batches, ...changes]);
    } finally {
      await other.close();
    }
    const after = await verifyAuditChain(t.database.db);
    expect(after.problems).toEqual([]);
    expect(after.entries).toBe(before.entries + 50);
  });
});
