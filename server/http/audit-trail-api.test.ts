import { sql } from 'kysely';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOwnedChild, grantAccess } from '../../test/helpers/child-record-fixture';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

let t: TestApp;
let owner: TestUser;
let studentId: string;

beforeEach(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  ({ studentId } = await addOwnedChild(t.database, owner.id));
});
afterEach(async () => {
  await t.close();
});

interface Page {
  entries: {
    seq: number;
    actorName: string | null;
    actorEmail: string | null;
    actorRole: string;
    entity: string;
    action: string;
    route: string;
    outcome: string;
  }[];
  nextBefore: number | null;
}

async function trail(by: TestUser, query = ''): Promise<Page> {
  const response = await by.inject({ method: 'GET', url: `/api/v1/students/${studentId}/audit${query}` });
  expect(response.statusCode).toBe(200);
  return response.json<Page>();
}

describe("a child's audit trail", () => {
  it('lists every access newest first, denied attempts included, page by page', async () => {
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    const comments = `/api/v1/students/${studentId}/comments`;
    expect((await owner.inject({ method: 'POST', url: comments, payload: { body: 'First note.' } })).statusCode).toBe(
      201,
    );
    expect((await owner.inject({ method: 'GET', url: comments })).statusCode).toBe(200);
    expect((await outsider.inject({ method: 'GET', url: comments })).statusCode).toBe(404);

    const first = await trail(owner, '?limit=2');
    expect(first.entries.map((e) => [e.action, e.outcome, e.actorRole, e.actorEmail])).toEqual([
      ['read', 'denied', 'none', 'sam@example.org'],
      ['read', 'allowed', 'owner', 'ngozi@example.org'],
    ]);
    expect(first.entries[0]?.actorName).toBe('Sam Ortiz');
    expect(first.entries[1]?.route).toBe('GET /api/v1/students/:id/comments');
    const [newer, older] = first.entries;
    expect((newer?.seq ?? 0) > (older?.seq ?? 0)).toBe(true);
    expect(first.nextBefore).toBe(older?.seq);

    const second = await trail(owner, `?limit=2&before=${String(first.nextBefore)}`);
    expect(second.entries.map((e) => [e.entity, e.action])).toEqual([['comment', 'comment']]);
    expect(second.nextBefore).toBeNull();
  });

  it('keeps the e-mail of an account that was deleted, with no name', async () => {
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    await outsider.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
    await t.database.db.deleteFrom('users').where('id', '=', outsider.id).execute();
    const page = await trail(owner);
    expect(page.entries[0]).toMatchObject({ actorName: null, actorEmail: 'sam@example.org', outcome: 'denied' });
  });

  it('is for the family only: the advocate gets 404', async () => {
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    await grantAccess(t.database, studentId, advocate.id, 'advocate');
    const response = await advocate.inject({ method: 'GET', url: `/api/v1/students/${studentId}/audit` });
    expect(response.statusCode).toBe(404);
  });

  it('groups a page view’s reads into one line, and filters by person and kind, naming a bad filter', async () => {
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    const base = `/api/v1/students/${studentId}`;
    for (const path of ['', '/events', '/meetings']) await owner.inject({ method: 'GET', url: `${base}${path}` });
    await owner.inject({ method: 'POST', url: `${base}/comments`, payload: { body: 'A note.' } });
    for (let i = 0; i < 3; i += 1) await outsider.inject({ method: 'GET', url: `${base}/meetings` });
    await t.app.inject({ method: 'GET', url: base });

    interface Line {
      kind: string;
      actorName: string | null;
      actorRole: string;
      entities: string[];
      count: number;
    }
    type Grouped = Page & { lines: Line[]; people: { id: string; name: string | null }[] };
    const all = (await trail(owner)) as Grouped;
    expect(all.lines.map((l) => [l.kind, l.actorName, l.actorRole, l.entities.join(' '), l.count])).toEqual([
      ['refused', null, 'anonymous', 'student', 1],
      ['refused', 'Sam Ortiz', 'none', 'meeting', 1],
      ['changed', 'Ngozi Okafor', 'owner', 'comment', 1],
      ['viewed', 'Ngozi Okafor', 'owner', 'case-event meeting', 3],
    ]);
    // The raw entries stay available: the outsider's first refusal; the next two are counted until the window closes.
    expect(all.entries).toHaveLength(6);
    expect(all.people.map((p) => p.name ?? p.id)).toEqual(['Ngozi Okafor', 'Sam Ortiz', 'anonymous']);

    const refused = (await trail(owner, '?kind=refused')) as Grouped;
    expect(refused.lines.map((l) => l.actorRole)).toEqual(['anonymous', 'none']);
    const sams = (await trail(owner, `?person=${outsider.id}`)) as Grouped;
    expect(sams.entries.map((e) => e.actorEmail)).toEqual(['sam@example.org']);
    const changes = (await trail(owner, `?person=${owner.id}&kind=changed`)) as Grouped;
    expect(changes.entries.map((e) => e.action)).toEqual(['comment']);
    const anonymous = (await trail(owner, '?person=anonymous&kind=viewed')) as Grouped;
    expect(anonymous.entries).toEqual([]);

    for (const [query, field] of [
      ['kind=seen', 'kind'],
      ['person=%27%20or%201%3D1', 'person'],
    ] as const) {
      const response = await owner.inject({ method: 'GET', url: `${base}/audit?${query}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ field }] } });
    }
  });

  it('refuses a limit outside 1–200, naming it', async () => {
    for (const limit of ['0', '201', 'many']) {
      const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/audit?limit=${limit}` });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { issues: [{ field: 'limit' }] } });
    }
  });
});

describe('administration', () => {
  async function makeAdmin(): Promise<TestUser> {
    const admin = await signUp(t.app, { name: 'Riley Admin', email: 'riley@example.org' });
    await t.database.db
      .insertInto('administrators')
      .values({ user_id: admin.id, created_at: '2026-11-28T15:00:00.000Z' })
      .execute();
    return admin;
  }

  it('lists accounts for an administrator only (403 for others, 401 anonymous)', async () => {
    const admin = await makeAdmin();
    const response = await admin.inject({ method: 'GET', url: '/api/v1/admin/users' });
    expect(response.statusCode).toBe(200);
    const { users } = response.json<{ users: { email: string; isAdmin: boolean; createdAt: string }[] }>();
    expect(users.map((u) => [u.email, u.isAdmin])).toEqual([
      ['ngozi@example.org', false],
      ['riley@example.org', true],
    ]);
    for (const user of users) expect(user.createdAt).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect((await owner.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(403);
    expect((await t.app.inject({ method: 'GET', url: '/api/v1/admin/users' })).statusCode).toBe(401);
  });

  it('verifies the audit chain, and finds an entry changed behind its back', async () => {
    const admin = await makeAdmin();
    await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
    await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
    const intact = await admin.inject({ method: 'GET', url: '/api/v1/admin/audit/verify' });
    expect(intact.statusCode).toBe(200);
    expect(intact.json()).toEqual({ entries: 2, problems: [] });

    // Tampering needs the append-only trigger gone first (as someone with direct database access could).
    const db = t.database.db;
    if (t.database.dialect === 'postgres') await sql`drop trigger audit_entries_no_update on audit_entries`.execute(db);
    else await sql`drop trigger audit_entries_no_update`.execute(db);
    await db.updateTable('audit_entries').set({ outcome: 'denied' }).where('seq', '=', 1).execute();
    const broken = await admin.inject({ method: 'GET', url: '/api/v1/admin/audit/verify' });
    expect(broken.json()).toEqual({ entries: 2, problems: ['entry 1 was changed'] });
  });
});
