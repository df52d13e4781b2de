import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { share } from '../../test/helpers/route-matrix';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

// Issue #17, point 6: a child's directory of the school's people over HTTP. Everyone with a grant reads it,
// the family keeps it, a school person corrects only the entry with their own e-mail; bad input is a 400
// naming the field and writes nothing. All people are fictional.
let t: SignedInTestApp;
let staff: TestUser;
let advocate: TestUser;
let studentId: string;

const CASE_MANAGER = {
  role: 'case-manager',
  name: 'Kwame Mensah',
  title: 'Case manager',
  school: 'Lincoln Elementary (fictional)',
  email: 'kwame.mensah@example.org',
  phone: '(555) 010-4400',
  addressLines: ['400 Main Street', 'Riverbend, TX 75001'],
};

beforeAll(async () => {
  t = await createSignedInTestApp();
  staff = await signUp(t.app, { name: 'Kwame Mensah', email: 'kwame.mensah@example.org' });
  advocate = await signUp(t.app, { name: 'Ruth Adeyemi', email: 'ruth.adeyemi@example.org' });
  const added = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName: 'Maya', familyName: 'Ortiz', birthDate: '2016-03-14', jurisdiction: 'TX', grade: '4' },
  });
  studentId = added.json<{ id: string }>().id;
  await share(t.owner, studentId, staff, 'school-staff');
  await share(t.owner, studentId, advocate, 'advocate');
}, 60_000);
afterAll(async () => {
  await t.close();
});

const list = async (user: TestUser) =>
  (await user.inject({ method: 'GET', url: `/api/v1/students/${studentId}/school-people` })).json<{
    people: { id: string; name: string; phone: string; addressLines: string[] }[];
  }>().people;

describe("the school's people", () => {
  it('are added by the family, read by every grant, and audited', async () => {
    const before = await lastAuditSeq(t.database.db);
    const added = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/school-people`,
      payload: CASE_MANAGER,
    });
    expect(added.statusCode, added.body).toBe(201);
    const principal = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/school-people`,
      payload: { role: 'principal', name: 'Dana Whitfield' },
    });
    expect(principal.json()).toMatchObject({ title: '', email: '', phone: '', addressLines: [] });
    for (const reader of [t.owner, staff, advocate]) {
      expect((await list(reader)).map((p) => p.name)).toEqual(['Kwame Mensah', 'Dana Whitfield']);
    }
    const entries = await auditEntriesAfter(t.database.db, before);
    expect(entries.filter((e) => e.entity === 'school-people').map((e) => `${e.action} ${e.outcome}`)).toEqual([
      'write allowed',
      'write allowed',
      'read allowed',
      'read allowed',
      'read allowed',
    ]);
  });

  it('answer 400 naming the field, and keep nothing of a bad request', async () => {
    const before = await list(t.owner);
    for (const [payload, field] of [
      [{ ...CASE_MANAGER, role: 'janitor' }, 'role'],
      [{ ...CASE_MANAGER, name: '  ' }, 'name'],
      [{ ...CASE_MANAGER, email: 'not-an-address' }, 'email'],
      [{ ...CASE_MANAGER, phone: 'call me' }, 'phone'],
      [{ ...CASE_MANAGER, addressLines: ['1', '2', '3', '4', '5'] }, 'addressLines'],
      [{ ...CASE_MANAGER, nickname: 'K' }, ''],
    ] as const) {
      const response = await t.owner.inject({
        method: 'POST',
        url: `/api/v1/students/${studentId}/school-people`,
        payload,
      });
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      const body = response.json<{ error: { message: string; issues: { field: string }[] } }>();
      if (field !== '') expect(body.error.issues.map((issue) => issue.field)).toContain(field);
      else expect(body.error.message).toMatch(/nickname/);
    }
    expect(await list(t.owner)).toEqual(before);
  });

  it('let a school person correct their own entry, and only theirs', async () => {
    const people = await list(t.owner);
    const own = people.find((p) => p.name === 'Kwame Mensah');
    const other = people.find((p) => p.name === 'Dana Whitfield');
    if (own === undefined || other === undefined) throw new Error('setup');
    const mine = await staff.inject({
      method: 'PUT',
      url: `/api/v1/school-people/${own.id}/own`,
      payload: { ...CASE_MANAGER, phone: '(555) 010-4401' },
    });
    expect(mine.statusCode, mine.body).toBe(200);
    expect((await list(t.owner)).find((p) => p.id === own.id)?.phone).toBe('(555) 010-4401');
    // Someone else's entry: refused, unchanged.
    const theirs = await staff.inject({
      method: 'PUT',
      url: `/api/v1/school-people/${other.id}/own`,
      payload: { role: 'principal', name: 'Dana Whitfield', phone: '(555) 010-9999' },
    });
    expect(theirs.statusCode).toBe(403);
    // Giving the entry away (another e-mail) is refused, naming the field.
    const away = await staff.inject({
      method: 'PUT',
      url: `/api/v1/school-people/${own.id}/own`,
      payload: { ...CASE_MANAGER, email: 'someone.else@example.org' },
    });
    expect(away.statusCode).toBe(400);
    expect(away.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('email');
    // School staff never use the family's route, nor the advocate the staff's: refused as an unknown record.
    expect(
      (await staff.inject({ method: 'PUT', url: `/api/v1/school-people/${own.id}`, payload: CASE_MANAGER })).statusCode,
    ).toBe(404);
    expect(
      (await advocate.inject({ method: 'PUT', url: `/api/v1/school-people/${own.id}/own`, payload: CASE_MANAGER }))
        .statusCode,
    ).toBe(404);
    expect((await list(t.owner)).find((p) => p.id === other.id)?.phone).toBe('');
  });

  it('are removed by the family, with their history kept', async () => {
    const [first] = await list(t.owner);
    if (first === undefined) throw new Error('setup');
    const removed = await t.owner.inject({ method: 'DELETE', url: `/api/v1/school-people/${first.id}` });
    expect(removed.statusCode).toBe(204);
    expect((await list(t.owner)).map((p) => p.id)).not.toContain(first.id);
    const history = await t.owner.inject({ method: 'GET', url: `/api/v1/school-people/${first.id}/history` });
    expect(history.json<{ history: { action: string }[] }>().history.map((h) => h.action)).toEqual([
      'create',
      'update',
      'delete',
    ]);
  });
});
