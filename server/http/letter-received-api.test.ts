import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { expectOnlyRefusedWrites, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// A sent letter's event is dated the day the school received it, and a case never gets the same event twice
// (docs/decisions/0031): the second answers 409 naming the event to correct, and writes nothing. Fictional people.

let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
}, 60_000);
afterAll(async () => {
  await t.close();
});

async function addStudent(): Promise<string> {
  const response = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/students',
    payload: { givenName: 'Maya', familyName: 'Ortiz', birthDate: '2016-03-14', jurisdiction: 'TX', grade: '4' },
  });
  expect(response.statusCode).toBe(201);
  return response.json<{ id: string }>().id;
}

async function composed(date: string): Promise<Record<string, unknown>> {
  const input = buildLetterInput('evaluation-request', { date });
  const answer = await t.owner.inject({
    method: 'POST',
    url: '/api/v1/letters/compose',
    payload: { jurisdiction: 'TX', input },
  });
  const { plainText: _plain, impliedEvent: _event, ...content } = answer.json<Record<string, unknown>>();
  return content;
}

const send = (studentId: string, payload: Record<string, unknown>) =>
  t.owner.inject({ method: 'POST', url: `/api/v1/students/${studentId}/letters`, payload });

async function events(studentId: string) {
  const answer = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
  return answer.json<{ events: { id: string; event: { type: string; date: string } }[] }>().events;
}

describe('recording a sent letter', () => {
  it('dates the event the day the school received it; the log keeps the day it was sent', async () => {
    const studentId = await addStudent();
    const sent = await send(studentId, { ...(await composed('2026-11-02')), receivedOn: '2026-11-05' });
    expect(sent.statusCode, sent.body).toBe(201);
    expect((await events(studentId)).map((e) => e.event)).toEqual([
      { type: 'evaluation-requested', date: '2026-11-05', by: 'parent' },
    ]);
    const log = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/communications` });
    expect(log.json()).toMatchObject({ communications: [{ channel: 'letter', date: '2026-11-02' }] });
  });

  it('refuses a second identical event with 409 naming the existing one, and writes nothing', async () => {
    const studentId = await addStudent();
    const by = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/events`,
      payload: { type: 'evaluation-requested', date: '2026-11-04', by: 'parent' },
    });
    const existing = by.json<{ id: string }>().id;
    const seq = await lastAuditSeq(t.database.db);
    const answer = await send(studentId, { ...(await composed('2026-11-02')), receivedOn: '2026-11-04' });
    expect(answer.statusCode).toBe(409);
    const error = answer.json<{ error: { code: string; message: string; issues: { field: string }[] } }>().error;
    expect(error.code).toBe('conflict');
    expect(error.message).toContain(existing);
    expect(error.issues.map((issue) => issue.field)).toEqual(['receivedOn']);
    expect((await events(studentId)).map((e) => e.id)).toEqual([existing]);
    const letters = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/letters` });
    expect(letters.json()).toEqual({ letters: [] });
    await expectOnlyRefusedWrites(t.database.db, seq, 1);
  });

  it('refuses a received day before the letter was sent with 400 naming receivedOn', async () => {
    const studentId = await addStudent();
    const answer = await send(studentId, { ...(await composed('2026-11-02')), receivedOn: '2026-11-01' });
    expect(answer.statusCode).toBe(400);
    expect(answer.json<{ error: { message: string } }>().error.message).toMatch(/^receivedOn: /);
    expect(await events(studentId)).toEqual([]);
  });
});
