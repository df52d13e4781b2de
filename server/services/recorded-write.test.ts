import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, TEST_CLOCK, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { systemAudit } from '../audit/audit-recorder';
import { insertEvent } from '../db/event-queries';
import { recordedWrite, type WriteContext } from './recorded-write';

// The one write skeleton on a real database: history entries, the recompute of stored deadlines when (and only
// when) a change touches what the engine reads, and all of it rolled back with the work. Fictional people only.
let t: TestApp;
let owner: TestUser;
let studentId: string;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Imani Brooks', email: 'imani@example.org' });
  const created = await owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName: 'Malik', familyName: 'Brooks', jurisdiction: 'US', birthDate: '2016-04-02' },
  });
  expect(created.statusCode).toBe(201);
  studentId = created.json<{ id: string }>().id;
});
afterAll(async () => {
  await t.close();
});

function context(): WriteContext {
  return { database: t.database, clock: TEST_CLOCK, audit: systemAudit(TEST_CLOCK, 'case-event', 'test') };
}

/** The child's rows in one table. */
async function rowsOf(table: 'derived_deadlines' | 'record_history' | 'case_events'): Promise<number> {
  const rows = await t.database.db.selectFrom(table).select('student_id').where('student_id', '=', studentId).execute();
  return rows.length;
}

/** Adds a consent (it starts the evaluation deadline) and reports it as `entity`. */
function addConsent(entity: 'case-event' | 'comment', fail = false) {
  return recordedWrite(context(), async ({ trx, at, changed }) => {
    const event = { type: 'evaluation-consent-received' as const, date: '2026-10-01' };
    const stored = await insertEvent(trx, { studentId, event, source: null, at });
    await changed({ entity, entityId: stored.id, studentId, action: 'create', data: stored });
    if (fail) throw new Error('the work failed after its change');
    return stored.id;
  });
}

describe('recordedWrite', () => {
  it('rolls back the change, its history and its recompute when the work fails', async () => {
    const auditBefore = await t.database.db.selectFrom('audit_entries').select('seq').execute();
    const historyBefore = await rowsOf('record_history');
    await expect(addConsent('case-event', true)).rejects.toThrow('the work failed');
    expect(await rowsOf('derived_deadlines')).toBe(0);
    expect(await rowsOf('case_events')).toBe(0);
    expect(await rowsOf('record_history')).toBe(historyBefore);
    expect(await t.database.db.selectFrom('audit_entries').select('seq').execute()).toHaveLength(auditBefore.length);
  });

  it('does not recompute for a change the engine does not read', async () => {
    const historyBefore = await rowsOf('record_history');
    await addConsent('comment');
    expect(await rowsOf('record_history')).toBe(historyBefore + 1);
    expect(await rowsOf('derived_deadlines')).toBe(0);
  });

  it('recomputes the child’s stored deadlines in the same write for a change the engine reads', async () => {
    const historyBefore = await rowsOf('record_history');
    await addConsent('case-event');
    expect(await rowsOf('record_history')).toBe(historyBefore + 1);
    expect(await rowsOf('derived_deadlines')).toBeGreaterThan(0);
  });
});
