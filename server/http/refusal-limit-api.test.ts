import { afterEach, describe, expect, it } from 'vitest';
import { auditEntriesAfter, type AuditRow } from '../../test/helpers/audit-entries';
import { addOwnedChild } from '../../test/helpers/child-record-fixture';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp } from '../../test/helpers/test-users';
import { verifyAuditChain } from '../audit/verify-audit-chain';

// Issue 13 point 6 (docs/decisions/0013): refusals to anonymous and unrelated callers are limited per client
// address, repeated refusals from one source become one entry with a count, and legitimate traffic is never slowed.

let t: TestApp;
afterEach(async () => {
  await t.close();
});

const MADE_UP = '00000000-0000-4000-8000-000000000000';

/** Every entry, oldest first, once the app has closed (closing writes the counts of the open windows). */
async function entriesAfterClose(): Promise<AuditRow[]> {
  await t.app.close();
  return auditEntriesAfter(t.database.db, 0);
}

function refusalsIn(entries: readonly AuditRow[]): number {
  return entries.filter((e) => e.outcome === 'denied').reduce((sum, e) => sum + (e.count ?? 1), 0);
}

describe('the limit on refusals per address', () => {
  it('answers a concurrent burst of anonymous requests with exactly `burst` refusals, then 429, and counts them all', async () => {
    t = await createTestApp({ config: { refusalLimit: { burst: 5, perMinute: 1 } } });
    const owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
    const { studentId } = await addOwnedChild(t.database, owner.id);
    // Allowed traffic from the same address takes nothing from the bucket.
    for (let i = 0; i < 40; i += 1) {
      expect((await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}` })).statusCode).toBe(200);
    }
    const urls = Array.from({ length: 20 }, (_, i) => `/api/v1/students/${i % 2 === 0 ? studentId : MADE_UP}`);
    const answers = await Promise.all(urls.map((url) => t.app.inject({ method: 'GET', url })));
    const statuses = answers.map((a) => a.statusCode);
    expect(statuses.filter((s) => s === 401)).toHaveLength(5);
    expect(statuses.filter((s) => s === 429)).toHaveLength(15);
    const throttled = answers.find((a) => a.statusCode === 429);
    expect(throttled?.json()).toMatchObject({ error: { code: 'too-many-requests' } });
    expect(Number(throttled?.headers['retry-after'])).toBeGreaterThanOrEqual(1);

    // The family still reads the record from that address; another address is refused as usual.
    expect((await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}` })).statusCode).toBe(200);
    const elsewhere = await t.app.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}`,
      remoteAddress: '203.0.113.7',
    });
    expect(elsewhere.statusCode).toBe(401);

    const entries = await entriesAfterClose();
    // Every refusal is in the trail, the throttled ones as counts; far fewer entries than refusals.
    expect(refusalsIn(entries)).toBe(21);
    expect(entries.filter((e) => e.outcome === 'denied').length).toBeLessThan(8);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ problems: [] });
  });

  it('limits an account without a grant on the child, not the child’s family', async () => {
    t = await createTestApp({ config: { refusalLimit: { burst: 3, perMinute: 1 } } });
    const owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
    const stranger = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    const { studentId } = await addOwnedChild(t.database, owner.id);
    const { studentId: strangersChild } = await addOwnedChild(t.database, stranger.id, { familyName: 'Ortiz' });
    const statuses: number[] = [];
    for (let i = 0; i < 6; i += 1) {
      statuses.push(
        (await stranger.inject({ method: 'GET', url: `/api/v1/students/${studentId}/meetings` })).statusCode,
      );
    }
    expect(statuses).toEqual([404, 404, 404, 429, 429, 429]);
    // Their own child is theirs: allowed, never throttled.
    expect((await stranger.inject({ method: 'GET', url: `/api/v1/students/${strangersChild}` })).statusCode).toBe(200);
    expect((await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/meetings` })).statusCode).toBe(200);
  });
});

describe('collapsing repeated refusals', () => {
  it('writes the first refusal from a source at once and the rest as one entry with a count when the app closes', async () => {
    t = await createTestApp();
    const owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
    const stranger = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    const { studentId } = await addOwnedChild(t.database, owner.id);
    const url = `/api/v1/students/${studentId}/comments`;
    for (let i = 0; i < 12; i += 1) expect((await stranger.inject({ method: 'GET', url })).statusCode).toBe(404);
    const written = await auditEntriesAfter(t.database.db, 0);
    expect(written.filter((e) => e.outcome === 'denied')).toHaveLength(1);
    // Another source (another address) is a first refusal of its own.
    await stranger.inject({ method: 'GET', url, remoteAddress: '198.51.100.4' });

    const entries = (await entriesAfterClose()).filter((e) => e.outcome === 'denied');
    expect(entries.map((e) => [e.actorEmail, e.studentId, e.route, e.count ?? 1])).toEqual([
      ['sam@example.org', studentId, 'GET /api/v1/students/:id/comments', 1],
      ['sam@example.org', studentId, 'GET /api/v1/students/:id/comments', 1],
      ['sam@example.org', studentId, 'GET /api/v1/students/:id/comments', 11],
    ]);
    expect(await verifyAuditChain(t.database.db)).toMatchObject({ problems: [] });
  });

  it('writes every refusal at once when the window is 0', async () => {
    t = await createTestApp({ config: { refusalWindowSeconds: 0 } });
    for (let i = 0; i < 4; i += 1) await t.app.inject({ method: 'GET', url: `/api/v1/students/${MADE_UP}` });
    const entries = await auditEntriesAfter(t.database.db, 0);
    expect(entries.map((e) => e.count ?? 1)).toEqual([1, 1, 1, 1]);
  });
});
