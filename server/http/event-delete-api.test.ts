import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// Removing an event entered by hand (docs/decisions/0031): through the child, in one query; the history keeps
// it; the child's stored deadlines are recomputed without it; one audit entry. All people are fictional.

let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function addChild(givenName: string): Promise<string> {
  const answer = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: {
      givenName,
      familyName: 'Lopez',
      birthDate: '2016-04-02',
      jurisdiction: 'CA',
      school: 'Harbor View Elementary (fictional)',
    },
  });
  expect(answer.statusCode).toBe(201);
  return answer.json<{ id: string }>().id;
}

async function addEvent(studentId: string, event: Record<string, unknown>): Promise<string> {
  const answer = await t.owner.inject({ method: 'POST', url: `/api/v1/students/${studentId}/events`, payload: event });
  expect(answer.statusCode).toBe(201);
  return answer.json<{ id: string }>().id;
}

async function storedDeadlineKinds(studentId: string): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('derived_deadlines')
    .select('kind')
    .where('student_id', '=', studentId)
    .orderBy('kind')
    .execute();
  return rows.map((row) => row.kind);
}

const remove = (studentId: string, eventId: string) =>
  t.owner.inject({ method: 'DELETE', url: `/api/v1/students/${studentId}/events/${eventId}` });

describe('DELETE /api/v1/students/:id/events/:eventId', () => {
  it('removes the event, keeps its history, recomputes the deadlines and writes one audit entry', async () => {
    const studentId = await addChild('Ana');
    const eventId = await addEvent(studentId, { type: 'evaluation-consent-received', date: '2026-09-10' });
    const withEvent = await storedDeadlineKinds(studentId);
    expect(withEvent.length).toBeGreaterThan(0);
    const seq = await lastAuditSeq(t.database.db);

    const answer = await remove(studentId, eventId);
    expect(answer.statusCode).toBe(204);
    const audit = await auditEntriesAfter(t.database.db, seq);
    expect(audit.map((entry) => [entry.entity, entry.action, entry.outcome])).toEqual([
      ['case-event', 'write', 'allowed'],
    ]);

    const listed = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
    expect(listed.json<{ events: unknown[] }>().events).toEqual([]);
    expect(await storedDeadlineKinds(studentId)).not.toEqual(withEvent);
    const history = await t.owner.inject({ method: 'GET', url: `/api/v1/events/${eventId}/history` });
    expect(history.statusCode).toBe(200);
    expect(history.json<{ history: { action: string }[] }>().history.map((h) => h.action)).toEqual([
      'create',
      'delete',
    ]);
    expect((await remove(studentId, eventId)).statusCode).toBe(404);
  });

  it('answers an event of another child exactly like an unknown id, and removes nothing', async () => {
    const ana = await addChild('Ana');
    const luis = await addChild('Luis');
    const luisEvent = await addEvent(luis, { type: 'evaluation-requested', date: '2026-09-02', by: 'parent' });
    const foreign = await remove(ana, luisEvent);
    const unknown = await remove(ana, 'no-such-event');
    expect(foreign.statusCode).toBe(404);
    expect(foreign.body).toBe(unknown.body);
    const listed = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${luis}/events` });
    expect(listed.json<{ events: { id: string }[] }>().events.map((e) => e.id)).toEqual([luisEvent]);
  });

  it('refuses an event a meeting recorded with 409: the meeting is what to change', async () => {
    const studentId = await addChild('Ana');
    const meeting = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/meetings`,
      payload: {
        date: '2026-10-05',
        framework: 'iep',
        purpose: 'initial',
        attendees: [{ name: 'Carmen Lopez', role: 'parent' }],
      },
    });
    expect(meeting.statusCode).toBe(201);
    const events = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
    const implied = events.json<{ events: { id: string }[] }>().events[0]?.id ?? '';
    const answer = await remove(studentId, implied);
    expect(answer.statusCode).toBe(409);
    expect(answer.json<{ error: { code: string } }>().error.code).toBe('conflict');
    const after = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
    expect(after.json<{ events: unknown[] }>().events).toHaveLength(1);
  });
});
