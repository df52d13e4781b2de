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
      .updateTable('deadline_computations')
      .set({ computed_on: '2026-01-15' })
      .where('student_id', '=', stale)
      .execute();

    expect(await refreshStaleDeadlines(t.database, '2026-11-28')).toBe(1);
    const computed = await t.database.db
      .selectFrom('deadline_computations')
      .select(['student_id', 'computed_on'])
      .where('student_id', 'in', [stale, fresh])
      .orderBy('student_id')
      .execute();
    expect(computed).toEqual([stale, fresh].sort().map((id) => ({ student_id: id, computed_on: '2026-11-28' })));

    expect(await refreshStaleDeadlines(t.database, '2026-11-28')).toBe(0);
    // The next day, every child is due again.
    const progress: number[] = [];
    expect(await refreshStaleDeadlines(t.database, '2026-11-29', (done) => progress.push(done))).toBe(2);
    expect(progress).toEqual([2]);
  });

  it('counts a child with no deadlines as fresh once computed that day', async () => {
    const created = await owner.inject({
      method: 'POST',
      url: '/api/v1/students',
      payload: { givenName: 'Kwame', familyName: 'Brooks', jurisdiction: 'US', birthDate: '2016-04-02' },
    });
    expect(created.statusCode).toBe(201);
    const id = created.json<{ id: string }>().id;
    const deadlines = await t.database.db
      .selectFrom('derived_deadlines')
      .select('id')
      .where('student_id', '=', id)
      .execute();
    expect(deadlines).toEqual([]);
    // Its first refresh computes it (no row yet, or one from the day it was created); after that, nothing to do.
    await t.database.db.deleteFrom('deadline_computations').where('student_id', '=', id).execute();
    expect(await refreshStaleDeadlines(t.database, '2026-11-30')).toBeGreaterThanOrEqual(1);
    expect(await refreshStaleDeadlines(t.database, '2026-11-30')).toBe(0);
  });
});
