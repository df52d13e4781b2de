import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addOwnedChild, grantAccess } from '../helpers/child-record-fixture';
import { createTestApp, type TestApp } from '../helpers/test-app';
import { signUp, type TestUser } from '../helpers/test-users';

// Invitation links under concurrency (issue 13, point 2): a link is used at most once however many people
// accept it at the same moment, and accepting never wins against a revocation or a removal that closed the
// link: no grant ever comes from a revoked link. Several rounds, each request pair sent at once. Runs on SQLite
// and again on PostgreSQL (where the requests really run side by side). Fictional people only.

const ROUNDS = 4;

let t: TestApp;
let owner: TestUser;
let studentId: string;
const invitees: TestUser[] = [];

beforeAll(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  ({ studentId } = await addOwnedChild(t.database, owner.id));
  // Each account costs a password score and two argon2id hashes: made side by side, with time to spare.
  const made = await Promise.all(
    Array.from({ length: (5 * ROUNDS) / 2 }, (_, i) =>
      signUp(t.app, { name: `Invitee ${String(i)}`, email: `invitee.${String(i)}@example.org` }),
    ),
  );
  invitees.push(...made);
}, 120_000);
afterAll(async () => {
  await t.close();
});

let nextInvitee = 0;
function freshInvitee(): TestUser {
  const invitee = invitees[nextInvitee];
  nextInvitee += 1;
  if (invitee === undefined) throw new Error('the test ran out of invitees');
  return invitee;
}

async function invite(by: TestUser): Promise<{ id: string; token: string }> {
  const response = await by.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/invitations`,
    payload: { role: 'advocate' },
  });
  expect(response.statusCode, response.body).toBe(201);
  return response.json<{ id: string; token: string }>();
}

function accept(by: TestUser, token: string) {
  return by.inject({ method: 'POST', url: '/api/v1/invitations/accept', payload: { token } });
}

async function grantOf(userId: string): Promise<string | null> {
  const row = await t.database.db
    .selectFrom('student_access')
    .select('role')
    .where('student_id', '=', studentId)
    .where('user_id', '=', userId)
    .executeTakeFirst();
  return row?.role ?? null;
}

async function invitationRow(id: string) {
  return t.database.db
    .selectFrom('invitations')
    .select(['accepted_by', 'accepted_at', 'revoked_at'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
}

describe('invitation links accepted at the same moment', () => {
  it('let exactly one of two people in', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round += 1) {
      const { id, token } = await invite(owner);
      const [first, second] = [freshInvitee(), freshInvitee()];
      const answers = await Promise.all([accept(first, token), accept(second, token)]);
      expect(answers.map((a) => a.statusCode).sort()).toEqual([200, 410]);
      const grants = [await grantOf(first.id), await grantOf(second.id)];
      expect(grants.filter((g) => g !== null)).toEqual(['advocate']);
      const winner = answers[0].statusCode === 200 ? first : second;
      expect((await invitationRow(id)).accepted_by).toBe(winner.id);
      outcomes.push(winner === first ? 'first' : 'second');
    }
    console.log(`simultaneous accepts: winners ${outcomes.join(', ')}`);
  });

  it('never leave a grant from a link revoked at the same moment', async () => {
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS; round += 1) {
      const { id, token } = await invite(owner);
      const invitee = freshInvitee();
      const revoke = () => owner.inject({ method: 'DELETE', url: `/api/v1/invitations/${id}` });
      // Alternate which request is sent first.
      const [accepted, revoked] =
        round % 2 === 0
          ? await Promise.all([accept(invitee, token), revoke()])
          : await Promise.all([revoke(), accept(invitee, token)]).then(([r, a]) => [a, r] as const);
      const row = await invitationRow(id);
      const grant = await grantOf(invitee.id);
      if (accepted.statusCode === 200) {
        expect(revoked.statusCode).toBe(409);
        expect(row).toMatchObject({ accepted_by: invitee.id, revoked_at: null });
        expect(grant).toBe('advocate');
        outcomes.push('accepted');
      } else {
        expect(accepted.statusCode).toBe(410);
        expect(accepted.json()).toMatchObject({ error: { code: 'invitation-revoked' } });
        expect(revoked.statusCode).toBe(204);
        expect(row).toMatchObject({ accepted_by: null, accepted_at: null });
        expect(row.revoked_at).not.toBeNull();
        expect(grant).toBeNull();
        outcomes.push('revoked');
      }
    }
    console.log(`accept racing revoke: ${outcomes.join(', ')}`);
  });

  it('never let anyone in through a link whose maker is removed at the same moment', async () => {
    const coParent = await signUp(t.app, { name: 'Chidi Okafor', email: 'chidi@example.org' });
    const outcomes: string[] = [];
    for (let round = 0; round < ROUNDS / 2; round += 1) {
      const grantId = await grantAccess(t.database, studentId, coParent.id, 'co-parent');
      const { id, token } = await invite(coParent);
      const invitee = freshInvitee();
      const [accepted, removed] = await Promise.all([
        accept(invitee, token),
        owner.inject({ method: 'DELETE', url: `/api/v1/access/${grantId}` }),
      ]);
      expect(removed.statusCode).toBe(204);
      const row = await invitationRow(id);
      const grant = await grantOf(invitee.id);
      // Accepted before the removal (the link was then still good), or refused and revoked: never both.
      expect(row.accepted_at !== null && row.revoked_at !== null).toBe(false);
      if (accepted.statusCode === 200) {
        expect(row.accepted_by).toBe(invitee.id);
        expect(grant).toBe('advocate');
        outcomes.push('accepted first');
      } else {
        expect(accepted.statusCode).toBe(410);
        expect(row.revoked_at).not.toBeNull();
        expect(grant).toBeNull();
        outcomes.push('removed first');
      }
    }
    console.log(`accept racing removal: ${outcomes.join(', ')}`);
  });
});
