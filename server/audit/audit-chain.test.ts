import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sampleAuditFacts } from '../../test/helpers/audit-entries';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { AuditBatcher, commitThrough } from './audit-batcher';
import { appendAuditEntry } from './append-audit-entry';
import { verifyAuditChain } from './verify-audit-chain';

// The chain on a real database: entries appended one by one and in concurrent group commits form one
// unbroken chain in arrival order.
const facts = (n: number) => sampleAuditFacts(n, 'GET /api/v1/students/:id/meetings');

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('the audit chain', () => {
  it('keeps one unbroken chain through single appends and concurrent group commits', async () => {
    const before = await verifyAuditChain(t.database.db);
    await t.database.db.transaction().execute(async (trx) => {
      await appendAuditEntry(trx, facts(0));
    });
    const batcher = new AuditBatcher(commitThrough(t.database.db));
    await Promise.all(Array.from({ length: 120 }, (_, i) => batcher.append(facts(i + 1))));
    await t.database.db.transaction().execute(async (trx) => {
      await appendAuditEntry(trx, facts(121));
    });

    const report = await verifyAuditChain(t.database.db);
    expect(report.problems).toEqual([]);
    expect(report.entries).toBe(before.entries + 122);
    const rows = await t.database.db.selectFrom('audit_entries').select(['seq', 'at']).orderBy('seq').execute();
    expect(rows.map((row) => Number(row.seq))).toEqual(rows.map((_, i) => i + 1));
    // Arrival order is kept: the concurrent appends were queued in the order they were called.
    expect(rows.slice(-122).map((row) => row.at)).toEqual(Array.from({ length: 122 }, (_, i) => facts(i).at));
  });

  it('writes nothing when the transaction that appended rolls back', async () => {
    const before = await verifyAuditChain(t.database.db);
    await expect(
      t.database.db.transaction().execute(async (trx) => {
        await appendAuditEntry(trx, facts(1));
        throw new Error('the change failed');
      }),
    ).rejects.toThrow('the change failed');
    const after = await verifyAuditChain(t.database.db);
    expect(after).toEqual(before);
  });
});
