import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { auditEntriesAfter } from '../../test/helpers/audit-entries';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { AuditBatcher, commitThrough } from './audit-batcher';
import type { AuditFacts } from './audit-entry';
import { RefusalCollapser, type Schedule } from './refusal-collapser';
import { verifyAuditChain } from './verify-audit-chain';

// Collapsing on a real database, with windows closed by hand instead of by a timer (no waiting on the clock).

function refusal(n: number, entityId: string | null = null): AuditFacts {
  return {
    at: `2026-11-28T15:00:${String(n).padStart(2, '0')}.000Z`,
    actorUserId: null,
    actorEmail: null,
    actorRole: 'anonymous',
    studentId: 'student-1',
    entity: 'meeting',
    entityId,
    action: 'read',
    route: 'GET /api/v1/meetings/:id',
    outcome: 'denied',
  };
}

let t: TestApp;
let due: (() => void)[];
const byHand: Schedule = (task) => {
  due.push(task);
  return () => {
    due = due.filter((other) => other !== task);
  };
};
const fail = (error: unknown) => {
  throw error;
};
beforeEach(async () => {
  t = await createTestApp();
  due = [];
});
afterEach(async () => {
  await t.close();
});

/** Closes every open window as its timer would, and lets the writes commit. */
async function closeWindows(collapser: RefusalCollapser): Promise<void> {
  for (const task of due.splice(0)) task();
  await collapser.flush();
}

describe('RefusalCollapser', () => {
  it('writes the first refusal at once, the next ones as one entry with a count, and starts over after the window', async () => {
    const collapser = new RefusalCollapser(new AuditBatcher(commitThrough(t.database.db)), 60_000, fail, byHand);
    await collapser.refuse('a', refusal(1, 'm-1'));
    await collapser.refuse('a', refusal(2, 'm-2'));
    await collapser.refuse('a', refusal(3, 'm-3'));
    collapser.count('a', refusal(4, 'm-4'));
    await collapser.refuse('b', refusal(5));
    expect((await auditEntriesAfter(t.database.db, 0)).map((e) => e.at)).toEqual([refusal(1).at, refusal(5).at]);

    await closeWindows(collapser);
    await collapser.refuse('a', refusal(6));
    const entries = await auditEntriesAfter(t.database.db, 0);
    // The counted entry is the newest refusal of the window; made-up ids that differ are not named.
    expect(entries.map((e) => [e.at, e.count ?? 1, e.entityId])).toEqual([
      [refusal(1).at, 1, 'm-1'],
      [refusal(5).at, 1, null],
      [refusal(4).at, 3, null],
      [refusal(6).at, 1, null],
    ]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ problems: [] });
  });

  it('writes a window that only counted (refusals answered 429) when it closes', async () => {
    const collapser = new RefusalCollapser(new AuditBatcher(commitThrough(t.database.db)), 60_000, fail, byHand);
    collapser.count('a', refusal(1));
    collapser.count('a', refusal(2));
    expect(await auditEntriesAfter(t.database.db, 0)).toEqual([]);
    await closeWindows(collapser);
    expect((await auditEntriesAfter(t.database.db, 0)).map((e) => e.count)).toEqual([2]);
  });

  it('makes a changed count visible to the chain check', async () => {
    const collapser = new RefusalCollapser(new AuditBatcher(commitThrough(t.database.db)), 60_000, fail, byHand);
    await collapser.refuse('a', refusal(1));
    for (let n = 2; n <= 6; n += 1) await collapser.refuse('a', refusal(n));
    await closeWindows(collapser);
    const db = t.database.db;
    if (t.database.dialect === 'postgres') await sql`drop trigger audit_entries_no_update on audit_entries`.execute(db);
    else await sql`drop trigger audit_entries_no_update`.execute(db);
    // Hiding how many attempts there were, either way, breaks the link.
    await db.updateTable('audit_entries').set({ count: 1 }).where('seq', '=', 2).execute();
    await db.updateTable('audit_entries').set({ count: 7 }).where('seq', '=', 1).execute();
    expect((await verifyAuditChain(db)).problems).toEqual(['entry 1 was changed', 'entry 2 was changed']);
  });
});
