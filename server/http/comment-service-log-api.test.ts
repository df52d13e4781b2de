import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOwnedChild, grantAccess } from '../../test/helpers/child-record-fixture';
import { iepWithServices } from '../../test/helpers/iep-with-services';
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

async function countRows(table: 'student_comments' | 'service_logs' | 'record_history'): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select((eb) => eb.fn.countAll().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

async function someoneWith(role: 'advocate' | 'school-staff', name: string, email: string): Promise<TestUser> {
  const user = await signUp(t.app, { name, email });
  await grantAccess(t.database, studentId, user.id, role);
  return user;
}

describe('comments', () => {
  const url = () => `/api/v1/students/${studentId}/comments`;

  it('are written by the family and the advocate, trimmed, with history and audit, and listed newest first', async () => {
    const advocate = await someoneWith('advocate', 'Dana Lee', 'dana@example.org');
    const first = await owner.inject({
      method: 'POST',
      url: url(),
      payload: { body: '  Ask about the reading group.  ' },
    });
    expect(first.statusCode).toBe(201);
    const created = first.json<{ id: string; authorName: string; body: string; createdAt: string }>();
    expect(created).toMatchObject({
      authorName: 'Ngozi Okafor',
      body: 'Ask about the reading group.',
      createdAt: '2026-11-28T15:00:00.000Z',
    });
    expect(
      (await advocate.inject({ method: 'POST', url: url(), payload: { body: 'I will raise it.' } })).statusCode,
    ).toBe(201);

    const list = await advocate.inject({ method: 'GET', url: url() });
    expect(list.statusCode).toBe(200);
    const { comments } = list.json<{ comments: { authorName: string; body: string }[] }>();
    expect(comments.map((c) => [c.authorName, c.body])).toEqual([
      ['Dana Lee', 'I will raise it.'],
      ['Ngozi Okafor', 'Ask about the reading group.'],
    ]);

    const history = await t.database.db
      .selectFrom('record_history')
      .selectAll()
      .where('entity', '=', 'comment')
      .execute();
    expect(history.map((h) => h.entity_id)).toContain(created.id);
    const entry = await t.database.db
      .selectFrom('audit_entries')
      .selectAll()
      .where('entity_id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(entry).toMatchObject({
      student_id: studentId,
      entity: 'comment',
      action: 'comment',
      outcome: 'allowed',
      actor_role: 'owner',
    });
  });

  it('refuse an empty or over-long body, naming it and writing nothing', async () => {
    for (const body of ['   ', 'x'.repeat(4001)]) {
      const response = await owner.inject({ method: 'POST', url: url(), payload: { body } });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({ error: { code: 'invalid-input', issues: [{ field: 'body' }] } });
    }
    expect(await countRows('student_comments')).toBe(0);
    expect(await countRows('record_history')).toBe(0);
  });

  it('are not for school staff (404 to read or write)', async () => {
    const staff = await someoneWith('school-staff', 'Priya Patel', 'priya@example.org');
    expect((await staff.inject({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await staff.inject({ method: 'POST', url: url(), payload: { body: 'Hello' } })).statusCode).toBe(404);
    expect(await countRows('student_comments')).toBe(0);
  });
});

describe('service logs', () => {
  const url = () => `/api/v1/students/${studentId}/service-logs`;
  const session = { service: 'Speech-language therapy', date: '2026-11-03', minutes: 30, status: 'delivered' };
  beforeEach(async () => {
    await iepWithServices(owner, studentId, '2026-09-01', [
      { id: 'slt', name: 'Speech-language therapy', minutesPerSession: 30, sessionsPerPeriod: 2, period: 'week' },
      {
        id: 'read',
        name: 'Specialized reading instruction',
        minutesPerSession: 45,
        sessionsPerPeriod: 3,
        period: 'week',
      },
    ]);
  });

  it('are logged by school staff and the family, listed newest first with totals per service', async () => {
    const staff = await someoneWith('school-staff', 'Priya Patel', 'priya@example.org');
    const logged = await staff.inject({ method: 'POST', url: url(), payload: { ...session, note: ' Worked on /r/ ' } });
    expect(logged.statusCode).toBe(201);
    expect(logged.json()).toMatchObject({ ...session, note: 'Worked on /r/', enteredByName: 'Priya Patel' });
    await staff.inject({ method: 'POST', url: url(), payload: { ...session, date: '2026-11-05', status: 'missed' } });
    await owner.inject({
      method: 'POST',
      url: url(),
      payload: { service: 'Specialized reading instruction', date: '2026-11-04', minutes: 45, status: 'delivered' },
    });

    const response = await owner.inject({ method: 'GET', url: url() });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ entries: { date: string; note: string | null }[]; summary: unknown[] }>();
    expect(body.entries.map((e) => e.date)).toEqual(['2026-11-05', '2026-11-04', '2026-11-03']);
    expect(body.entries[0]?.note).toBeNull();
    expect(body.summary).toEqual([
      { service: 'Specialized reading instruction', sessions: 1, deliveredMinutes: 45, missedMinutes: 0 },
      { service: 'Speech-language therapy', sessions: 2, deliveredMinutes: 30, missedMinutes: 30 },
    ]);
    const history = await t.database.db
      .selectFrom('record_history')
      .select('entity')
      .where('entity', 'not in', ['plan', 'plan-version'])
      .execute();
    expect(history.map((h) => h.entity)).toEqual(['service-log', 'service-log', 'service-log']);
  });

  it('refuse bad fields, naming each, and write nothing', async () => {
    const cases: [Record<string, unknown>, string][] = [
      [{ ...session, date: '2026-02-30' }, 'date'],
      [{ ...session, minutes: -1 }, 'minutes'],
      [{ ...session, minutes: 1441 }, 'minutes'],
      [{ ...session, minutes: 12.5 }, 'minutes'],
      [{ ...session, status: 'skipped' }, 'status'],
      [{ ...session, service: '' }, 'service'],
      [{ ...session, note: 'x'.repeat(1001) }, 'note'],
      [{ ...session, reason: 'provider-absent' }, 'reason'],
      [{ ...session, status: 'missed', reason: 'weather' }, 'reason'],
      [{ ...session, status: 'missed', makeUp: true }, 'makeUp'],
      [{ ...session, service: 'Music therapy' }, 'service'],
      [{ ...session, date: '2026-08-31' }, 'date'],
    ];
    for (const [payload, field] of cases) {
      const response = await owner.inject({ method: 'POST', url: url(), payload });
      expect(response.statusCode, field).toBe(400);
      expect(response.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe(field);
    }
    expect(await countRows('service_logs')).toBe(0);
  });

  it('answer 404 to outsiders and 401 to anonymous callers', async () => {
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    expect((await outsider.inject({ method: 'GET', url: url() })).statusCode).toBe(404);
    expect((await outsider.inject({ method: 'POST', url: url(), payload: session })).statusCode).toBe(404);
    expect((await t.app.inject({ method: 'GET', url: url() })).statusCode).toBe(401);
  });
});
