import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';
import { refreshStaleDeadlines } from './refresh-stale-deadlines';

// The nightly refresh on a real database: children whose stored deadlines were computed before today are
// recomputed (and only they); a second run finds nothing to do. Fictional people only.
let t: TestApp;
let owner: TestUser;
beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Imani Brooks', email: 'imani@example.org' });
});
afterAll(async () => {
  await t.close();
});

async function addChild(givenName: string): Promise<string> {
  const created = await owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName, familyName: 'Brooks', jurisdiction: 'US', birthDate: '2016-04-02' },
  });
  expect(created.statusCode).toBe(201);
  const id = created.json<{ id: string }>().id;
  const event = await owner.inject({
    method: 'POST',
    url: `/api/v1/students/${id}/events`,
    payload: { type: 'evaluation-consent-received', date: '2026-10-01' },
  });
  expect(event.statusCode).toBe(201);
  return id;
}

describe('refreshStaleDeadlines', () => {
  it('recomputes only the children computed before today, once', async () => {
    const stale = await addChild('Malik');
    const fresh = await addChild('Zora');
    await t.database.db
      .updateTable('derived_deadlines')
      .set({ computed_on: '2026-01-15' })
      .where('student_id', '=', stale)
      .execute();

    expect(await refreshStaleDeadlines(t.database, '2026-11-28')).toBe(1);
    const computed = await t.database.db
      .selectFrom('derived_deadlines')
      .select(['student_id', 'computed_on'])
      .where('student_id', 'in', [stale, fresh])
      .execute();
    expect(computed.length).toBeGreaterThan(0);
    expect(new Set(computed.map((row) => row.computed_on))).toEqual(new Set(['2026-11-28']));
    expect(new Set(computed.map((row) => row.student_id))).toEqual(new Set([stale, fresh]));

    expect(await refreshStaleDeadlines(t.database, '2026-11-28')).toBe(0);
    // The next day, every child is due again.
    const progress: number[] = [];
    expect(await refreshStaleDeadlines(t.database, '2026-11-29', (done) => progress.push(done))).toBe(2);
    expect(progress).toEqual([2]);
  });
});
