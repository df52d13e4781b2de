import { createHash } from 'node:crypto';
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

async function share(by: TestUser, role: string, note?: string) {
  return by.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/invitations`,
    payload: note === undefined ? { role } : { role, note },
  });
}

async function invite(role = 'advocate'): Promise<{ id: string; token: string }> {
  const response = await share(owner, role);
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string; token: string }>();
}

function accept(by: TestUser, token: string) {
  return by.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token } });
}

function preview(by: TestUser, token: string) {
  return by.inject({ method: 'POST', url: '/api/v1/invitations/preview', payload: { token } });
}

function readComments(by: TestUser) {
  return by.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
}

async function auditOf(route: string) {
  return t.database.db
    .selectFrom('audit_entries')
    .selectAll()
    .where('route', '=', route)
    .orderBy('seq', 'desc')
    .execute();
}

describe('sharing a record through an invitation link', () => {
  it('makes a 7-day single-use link, stores only the hash of its token, and audits it', async () => {
    const response = await share(owner, 'advocate', '  Ms. Lee, our advocate ');
    expect(response.statusCode).toBe(201);
    const created = response.json<{ id: string; role: string; expiresAt: string; token: string; path: string }>();
    expect(created.role).toBe('advocate');
    expect(created.expiresAt).toBe('2026-12-05T15:00:00.000Z');
    expect(created.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(created.path).toBe(`/invite/${created.token}`);

    const row = await t.database.db
      .selectFrom('invitations')
      .selectAll()
      .where('id', '=', created.id)
      .executeTakeFirstOrThrow();
    expect(row.token_hash).toBe(createHash('sha256').update(created.token).digest('hex'));
    expect(Object.values(row)).not.toContain(created.token);
    expect(row.note).toBe('Ms. Lee, our advocate');
    expect(row.created_by).toBe(owner.id);

    const [entry] = await auditOf('POST /api/v1/students/:id/invitations');
    expect(entry).toMatchObject({ student_id: studentId, entity_id: created.id, action: 'share', outcome: 'allowed' });
  });

  it('previews, then accepts: the invitee gets the role at once and appears in the access list', async () => {
    const { token } = await invite('advocate');
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    expect((await readComments(advocate)).statusCode).toBe(404);

    const seen = await preview(advocate, token);
    expect(seen.statusCode).toBe(200);
    expect(seen.json()).toEqual({
      childGivenName: 'Amara',
      role: 'advocate',
      invitedByName: 'Ngozi Okafor',
      expiresAt: '2026-12-05T15:00:00.000Z',
      status: 'open',
    });
    const [previewEntry] = await auditOf('POST /api/v1/invitations/preview');
    expect(previewEntry).toMatchObject({
      student_id: studentId,
      actor_user_id: advocate.id,
      action: 'read',
      outcome: 'allowed',
    });

    const accepted = await accept(advocate, token);
    expect(accepted.statusCode).toBe(200);
    expect(accepted.json()).toEqual({ studentId, role: 'advocate' });
    const [acceptEntry] = await auditOf('POST /api/v1/invitations/accept');
    expect(acceptEntry).toMatchObject({ student_id: studentId, action: 'accept', outcome: 'allowed' });

    expect((await readComments(advocate)).statusCode).toBe(200);
    const list = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/access` });
    expect(list.statusCode).toBe(200);
    const body = list.json<{
      people: { userId: string; name: string; email: string; role: string }[];
      invitations: { status: string; acceptedByName: string | null }[];
    }>();
    expect(body.people.map((p) => [p.name, p.email, p.role])).toEqual([
      ['Ngozi Okafor', 'ngozi@example.org', 'owner'],
      ['Dana Lee', 'dana@example.org', 'advocate'],
    ]);
    expect(body.invitations).toMatchObject([{ status: 'accepted', acceptedByName: 'Dana Lee' }]);
  });

  it('is single use: a second person gets 410 invitation-used, even when both accept at the same moment', async () => {
    const { token } = await invite('co-parent');
    const first = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    const second = await signUp(t.app, { name: 'Ada Eze', email: 'ada@example.org' });
    const answers = await Promise.all([accept(first, token), accept(second, token)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410]);
    expect(answers.find((a) => a.statusCode === 410)?.json()).toMatchObject({ error: { code: 'invitation-used' } });
    const grants = await t.database.db
      .selectFrom('student_access')
      .select('role')
      .where('student_id', '=', studentId)
      .execute();
    expect(grants.map((g) => g.role).sort()).toEqual(['co-parent', 'owner']);
    const refused = (await auditOf('POST /api/v1/invitations/accept')).find((e) => e.outcome === 'failed');
    expect(refused?.student_id).toBe(studentId);
  });

  it('answers 410 invitation-expired after 7 days, to the preview too', async () => {
    const { id, token } = await invite();
    await t.database.db
      .updateTable('invitations')
      .set({ expires_at: '2026-11-28T14:59:59.000Z' })
      .where('id', '=', id)
      .execute();
    const someone = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    const seen = await preview(someone, token);
    expect(seen.statusCode).toBe(410);
    expect(seen.json()).toMatchObject({ error: { code: 'invitation-expired' } });
    const response = await accept(someone, token);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ error: { code: 'invitation-expired' } });
    expect((await readComments(someone)).statusCode).toBe(404);
  });

  it('revokes an open link (then 410 invitation-revoked); revoking twice is a 409', async () => {
    const { id, token } = await invite();
    const revoke = () => owner.inject({ method: 'DELETE', url: `/api/v1/invitations/${id}` });
    expect((await revoke()).statusCode).toBe(204);
    const someone = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    const response = await accept(someone, token);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ error: { code: 'invitation-revoked' } });
    const again = await revoke();
    expect(again.statusCode).toBe(409);
    expect(again.json()).toMatchObject({ error: { code: 'conflict' } });
  });

  it('answers a used or revoked link’s preview with 410 and neither the child’s nor the inviter’s name', async () => {
    const used = await invite();
    const revoked = await invite();
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    expect((await accept(advocate, used.token)).statusCode).toBe(200);
    expect((await owner.inject({ method: 'DELETE', url: `/api/v1/invitations/${revoked.id}` })).statusCode).toBe(204);
    const stranger = await signUp(t.app, { name: 'Ravi Menon', email: 'ravi@example.org' });
    for (const [token, code] of [
      [used.token, 'invitation-used'],
      [revoked.token, 'invitation-revoked'],
    ] as const) {
      const response = await preview(stranger, token);
      expect(response.statusCode).toBe(410);
      expect(response.json()).toMatchObject({ error: { code } });
      expect(response.body).not.toMatch(/Amara|Ngozi|Okafor/);
    }
    // The audit trail still says which child's link was tried.
    const entries = await auditOf('POST /api/v1/invitations/preview');
    expect(entries.map((e) => [e.student_id, e.outcome])).toEqual([
      [studentId, 'failed'],
      [studentId, 'failed'],
    ]);
  });

  it('refuses to revoke a link that was already used (409)', async () => {
    const { id, token } = await invite();
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    expect((await accept(advocate, token)).statusCode).toBe(200);
    const response = await owner.inject({ method: 'DELETE', url: `/api/v1/invitations/${id}` });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { message: string } }>().error.message).toContain('already used');
  });

  it('answers 404 for an unknown token and 409 for someone who already has access', async () => {
    const stranger = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    expect((await preview(stranger, 'not-a-real-token')).statusCode).toBe(404);
    expect((await accept(stranger, 'not-a-real-token')).statusCode).toBe(404);
    const { token } = await invite();
    const own = await accept(owner, token);
    expect(own.statusCode).toBe(409);
    const status = await t.database.db.selectFrom('invitations').select('accepted_at').executeTakeFirstOrThrow();
    expect(status.accepted_at).toBeNull();
  });

  it('needs a signed-in person to preview or accept (401)', async () => {
    const { token } = await invite();
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/invitations/accept',
      headers: { origin: 'http://localhost' },
      payload: { token },
    });
    expect(response.statusCode).toBe(401);
  });

  it('refuses a role that cannot be invited, or a long note, naming the field and writing nothing', async () => {
    const ownerRole = await share(owner, 'owner');
    expect(ownerRole.statusCode).toBe(400);
    expect(ownerRole.json()).toMatchObject({ error: { code: 'invalid-input', issues: [{ field: 'role' }] } });
    const longNote = await share(owner, 'advocate', 'x'.repeat(201));
    expect(longNote.statusCode).toBe(400);
    expect(longNote.json()).toMatchObject({ error: { issues: [{ field: 'note' }] } });
    const count = await t.database.db
      .selectFrom('invitations')
      .select((eb) => eb.fn.countAll().as('n'))
      .executeTakeFirstOrThrow();
    expect(Number(count.n)).toBe(0);
  });
});

describe('removing access', () => {
  it('takes effect on the person’s very next request', async () => {
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    const grantId = await grantAccess(t.database, studentId, advocate.id, 'advocate');
    expect((await readComments(advocate)).statusCode).toBe(200);
    const removed = await owner.inject({ method: 'DELETE', url: `/api/v1/access/${grantId}` });
    expect(removed.statusCode).toBe(204);
    expect((await readComments(advocate)).statusCode).toBe(404);
    const [entry] = await auditOf('DELETE /api/v1/access/:id');
    expect(entry).toMatchObject({ student_id: studentId, entity_id: grantId, outcome: 'allowed' });
  });

  it('revokes the open links the removed person made for the child, which then answer 410', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    const grantId = await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    const madeByCoParent = (await share(coParent, 'advocate')).json<{ id: string; token: string }>();
    const usedByCoParent = (await share(coParent, 'school-staff')).json<{ id: string; token: string }>();
    const staff = await signUp(t.app, { name: 'Lena Novak', email: 'lena@example.org' });
    expect((await accept(staff, usedByCoParent.token)).statusCode).toBe(200);
    const madeByOwner = await invite();

    expect((await owner.inject({ method: 'DELETE', url: `/api/v1/access/${grantId}` })).statusCode).toBe(204);

    const rows = await t.database.db.selectFrom('invitations').select(['id', 'revoked_at', 'accepted_at']).execute();
    const byId = new Map(rows.map((r) => [r.id, r]));
    expect(byId.get(madeByCoParent.id)?.revoked_at).toBe('2026-11-28T15:00:00.000Z');
    expect(byId.get(usedByCoParent.id)).toMatchObject({ revoked_at: null, accepted_at: '2026-11-28T15:00:00.000Z' });
    expect(byId.get(madeByOwner.id)?.revoked_at).toBeNull();
    const someone = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    for (const answer of [await preview(someone, madeByCoParent.token), await accept(someone, madeByCoParent.token)]) {
      expect(answer.statusCode).toBe(410);
      expect(answer.json()).toMatchObject({ error: { code: 'invitation-revoked' } });
    }
    expect((await readComments(someone)).statusCode).toBe(404);
    // Removal is one audited change: the grant and the links go together.
    const [entry] = await auditOf('DELETE /api/v1/access/:id');
    expect(entry).toMatchObject({ student_id: studentId, entity_id: grantId, outcome: 'allowed' });
  });

  it('answers 410 for a link whose maker no longer has access, however the access ended', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    const { token } = (await share(coParent, 'advocate')).json<{ token: string }>();
    // As in a database from before removal revoked links: the grant is gone, the link is still open.
    await t.database.db.deleteFrom('student_access').where('user_id', '=', coParent.id).execute();
    const someone = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    expect((await preview(someone, token)).statusCode).toBe(410);
    const response = await accept(someone, token);
    expect(response.statusCode).toBe(410);
    expect(response.json()).toMatchObject({ error: { code: 'invitation-revoked' } });
    expect((await readComments(someone)).statusCode).toBe(404);
  });

  it('never removes the owner (409 with a clear message)', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    const ownerGrant = await t.database.db
      .selectFrom('student_access')
      .select('id')
      .where('role', '=', 'owner')
      .executeTakeFirstOrThrow();
    const response = await coParent.inject({ method: 'DELETE', url: `/api/v1/access/${ownerGrant.id}` });
    expect(response.statusCode).toBe(409);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/owner’s access cannot be removed/);
    expect((await readComments(owner)).statusCode).toBe(200);
  });
});

describe('who may manage sharing', () => {
  it('lets a co-parent share, and answers 404 to the advocate, school staff and outsiders', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    await grantAccess(t.database, studentId, coParent.id, 'co-parent');
    expect((await share(coParent, 'school-staff')).statusCode).toBe(201);

    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    await grantAccess(t.database, studentId, advocate.id, 'advocate');
    const staff = await signUp(t.app, { name: 'Priya Patel', email: 'priya@example.org' });
    const staffGrant = await grantAccess(t.database, studentId, staff.id, 'school-staff');
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    for (const person of [advocate, staff, outsider]) {
      expect((await person.inject({ method: 'GET', url: `/api/v1/students/${studentId}/access` })).statusCode).toBe(
        404,
      );
      expect((await share(person, 'advocate')).statusCode).toBe(404);
    }
    expect((await advocate.inject({ method: 'DELETE', url: `/api/v1/access/${staffGrant}` })).statusCode).toBe(404);
    const denied = await auditOf('GET /api/v1/students/:id/access');
    expect(denied.filter((e) => e.outcome === 'denied')).toHaveLength(3);
  });

  it('answers 401 to anonymous callers', async () => {
    const response = await t.app.inject({ method: 'GET', url: `/api/v1/students/${studentId}/access` });
    expect(response.statusCode).toBe(401);
  });
});

describe('the session says who is school staff', () => {
  const isSchoolStaff = async (user: TestUser) =>
    (await user.inject({ method: 'GET', url: '/api/v1/session' })).json<{ user: { isSchoolStaff: boolean } }>().user
      .isSchoolStaff;

  it('once a family’s school-staff invitation is accepted, not before, and never for a parent or an advocate', async () => {
    const teacher = await signUp(t.app, { name: 'Ines Haddad', email: 'ines.haddad@example.org' });
    const advocate = await signUp(t.app, { name: 'Omar Reyes', email: 'omar.reyes@example.org' });
    expect(await isSchoolStaff(teacher)).toBe(false);
    expect((await accept(teacher, (await invite('school-staff')).token)).statusCode).toBe(200);
    expect((await accept(advocate, (await invite('advocate')).token)).statusCode).toBe(200);
    expect(await isSchoolStaff(teacher)).toBe(true);
    expect(await isSchoolStaff(advocate)).toBe(false);
    expect(await isSchoolStaff(owner)).toBe(false);
  });
});
