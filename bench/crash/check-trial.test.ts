import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { checkTrial } from './check-trial';
import type { TrialRecord } from './trial-load';

// The check after a restart must be able to fail: a write acknowledged but missing, a row changed after it was
// acknowledged, a landed write without its audit entry. Here on a test app (no process, no kill).
describe('the crash trials’ check', () => {
  let t: SignedInTestApp;
  let record: TrialRecord;

  // One app for the file (migrating and signing up take seconds on a busy machine); a new child per test.
  beforeAll(async () => {
    t = await createSignedInTestApp();
  }, 60_000);
  afterAll(async () => {
    await t.close();
  });

  beforeEach(async () => {
    const student = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/students',
      payload: { givenName: 'Rowan', familyName: 'Ellery', jurisdiction: 'US' },
    });
    const studentId = student.json<{ id: string }>().id;
    const event = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/events`,
      payload: { type: 'records-requested', date: '2026-09-01' },
    });
    record = {
      trial: 1,
      studentId,
      plans: [],
      acked: [
        { kind: 'student', id: studentId, answer: student.json() },
        { kind: 'event', id: event.json<{ id: string }>().id, answer: event.json() },
      ],
      unacknowledged: 0,
      refused: [],
      readsAnswered: 0,
    };
  });
  it('passes when every acknowledged write is there as answered, with its audit entry', async () => {
    expect(await checkTrial(t.database.db, record)).toEqual({
      acknowledged: 2,
      lost: [],
      landedUnacknowledged: 0,
      auditMismatches: [],
    });
  });

  it('reports an acknowledged write that is missing or not as it was answered', async () => {
    const changed = { ...(record.acked[1]?.answer as object), createdAt: '2000-01-01T00:00:00.000Z' };
    const check = await checkTrial(t.database.db, {
      ...record,
      acked: [
        ...record.acked.slice(0, 1),
        { kind: 'event', id: 'never-stored', answer: {} },
        { kind: 'event', id: record.acked[1]?.id ?? '', answer: changed },
      ],
    });
    expect(check.lost).toEqual(['event never-stored', `event ${record.acked[1]?.id ?? ''}`]);
  });

  it('reports a landed write without its audit entry, and reads answered without theirs', async () => {
    // The audit trail refuses UPDATE and DELETE, so a missing entry is shown the other way: an extra landed row.
    await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${record.studentId}/events`,
      payload: { type: 'iee-requested', date: '2026-09-02' },
    });
    await t.database.db
      .insertInto('case_events')
      .values({
        id: 'written-behind-the-audit',
        student_id: record.studentId,
        type: 'records-provided',
        date: '2026-09-03',
        details: '{}',
        source: null,
        created_at: '2026-11-28T15:00:00.000Z',
      })
      .execute();
    const check = await checkTrial(t.database.db, { ...record, readsAnswered: 1 });
    expect(check.landedUnacknowledged).toBe(2);
    expect(check.auditMismatches).toEqual([
      'POST /api/v1/students/:id/events: 3 writes landed, 2 audit entries',
      'GET /api/v1/students/:id/events: 1 reads answered, 0 entries',
    ]);
  });
});
