import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { NextStepsResponse } from '../../core/schemas/next-steps';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { addOwnedChild, grantAccess } from '../../test/helpers/child-record-fixture';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

// A fictional Texas child whose family asked for her records on Saturday 1 August 2026: the school had 45
// calendar days (34 CFR 300.613(a)), so they were due Tuesday 15 September and are overdue on 6 December.

let t: TestApp;
let owner: TestUser;
let studentId: string;

beforeEach(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  ({ studentId } = await addOwnedChild(t.database, owner.id));
  const recorded = await owner.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/events`,
    payload: { type: 'records-requested', date: '2026-08-01' },
  });
  expect(recorded.statusCode).toBe(201);
});
afterEach(async () => {
  await t.close();
});

async function nextStepsOf(user: TestUser, asOf = '2026-12-06'): Promise<NextStepsResponse> {
  const response = await user.inject({ method: 'GET', url: `/api/v1/students/${studentId}/next-steps?asOf=${asOf}` });
  expect(response.statusCode).toBe(200);
  return response.json<NextStepsResponse>();
}

describe("a child's next steps", () => {
  it('lead with what is overdue, with the event that meets it and the letter that asks for it', async () => {
    const { asOf, steps } = await nextStepsOf(owner);
    expect(asOf).toBe('2026-12-06');
    expect(steps[0]).toMatchObject({ who: 'owed', urgency: 'overdue', due: '2026-09-15' });
    expect(steps[0]?.rule?.citation).toMatch(/300\.613/);
    expect(steps[0]?.actions).toEqual([
      { kind: 'record-event', event: { type: 'records-provided', fields: {} } },
      { kind: 'write-letter', letter: 'records-request' },
    ]);
    // No plan and no evaluation request on file: the family is offered both.
    expect(steps.map((step) => step.id)).toEqual(expect.arrayContaining(['request-evaluation', 'answer-guide']));
  });

  it('come with the same timeline GET /timeline answers, so the children page asks once per child', async () => {
    const { timeline } = await nextStepsOf(owner);
    const direct = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/timeline?asOf=2026-12-06` });
    expect(direct.statusCode).toBe(200);
    expect(timeline).toEqual(direct.json());
    expect(timeline.deadlines.find((deadline) => deadline.due === '2026-09-15')?.status).toBe('overdue');
  });

  it('clear the overdue step once "It happened" records the event it offers', async () => {
    const [overdue] = (await nextStepsOf(owner)).steps;
    const action = overdue?.actions.find((candidate) => candidate.kind === 'record-event');
    if (action?.kind !== 'record-event') throw new Error('no record-event action');
    const recorded = await owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/events`,
      payload: { type: action.event.type, date: '2026-12-06', ...action.event.fields },
    });
    expect(recorded.statusCode).toBe(201);
    const after = await nextStepsOf(owner);
    expect(after.steps.filter((step) => step.urgency === 'overdue')).toEqual([]);
    expect(after.steps.map((step) => step.id)).not.toContain(overdue?.id);
  });

  it('are read by an invited advocate, audited, and hidden from a stranger exactly like an unknown child', async () => {
    const advocate = await signUp(t.app, { name: 'Rosa Delgado', email: 'rosa@example.org' });
    await grantAccess(t.database, studentId, advocate.id, 'advocate');
    const seq = await lastAuditSeq(t.database.db);
    expect((await nextStepsOf(advocate)).steps[0]?.due).toBe('2026-09-15');
    const entries = await auditEntriesAfter(t.database.db, seq);
    expect(entries).toContainEqual(
      expect.objectContaining({ actorUserId: advocate.id, studentId, route: 'GET /api/v1/students/:id/next-steps' }),
    );

    const stranger = await signUp(t.app, { name: 'Lena Brandt', email: 'lena@example.org' });
    const hidden = await stranger.inject({ method: 'GET', url: `/api/v1/students/${studentId}/next-steps` });
    const unknown = await stranger.inject({
      method: 'GET',
      url: '/api/v1/students/00000000-0000-4000-8000-000000000000/next-steps',
    });
    expect(hidden.statusCode).toBe(404);
    expect(hidden.body).toBe(unknown.body);
  });

  it('refuse a bad date with a 400 naming asOf', async () => {
    const response = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/next-steps?asOf=6/12/2026`,
    });
    expect(response.statusCode).toBe(400);
    expect(response.body).toContain('asOf');
  });
});
