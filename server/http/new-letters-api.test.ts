import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildLetterInput } from '../../core/letters/letter-input-builder';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// Issue 17 point 4: the new letters compose over HTTP, bad input is a 400 naming the field, and sending a
// complaint draft records its filing in the case (docs/decisions/0038). Fictional people.

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

const compose = (input: unknown) =>
  t.owner.inject({ method: 'POST', url: '/api/v1/letters/compose', payload: { jurisdiction: 'TX', input } });

async function events(studentId: string) {
  const answer = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/events` });
  return answer.json<{ events: { event: { type: string; date: string } }[] }>().events.map((e) => e.event);
}

describe('the new letters over HTTP', () => {
  it('answers 400 naming the field for a bad date of the act', async () => {
    const answer = await compose({ ...buildLetterInput('ocr-complaint'), actDate: '2/6/2025' });
    expect(answer.statusCode).toBe(400);
    expect(JSON.stringify(answer.json())).toContain('actDate');
  });

  it.each([
    ['ocr-complaint', 'ocr-complaint-filed'],
    ['state-complaint', 'state-complaint-filed'],
  ] as const)('sending a %s records %s on the day it was sent', async (kind, type) => {
    const studentId = await addStudent();
    const composed = await compose(buildLetterInput(kind, { date: '2025-09-12' }));
    expect(composed.statusCode).toBe(200);
    const { plainText: _plain, impliedEvent, ...content } = composed.json<Record<string, unknown>>();
    expect(impliedEvent).toEqual({ type, date: '2025-09-12' });
    const sent = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/letters`,
      payload: content,
    });
    expect(sent.statusCode).toBe(201);
    expect(await events(studentId)).toContainEqual(expect.objectContaining({ type, date: '2025-09-12' }));
  });

  it('sending a meeting request records no event but is kept and logged', async () => {
    const studentId = await addStudent();
    const composed = await compose(buildLetterInput('iep-meeting-request'));
    const { plainText: _plain, impliedEvent, ...content } = composed.json<Record<string, unknown>>();
    expect(impliedEvent).toBeNull();
    const sent = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/letters`,
      payload: content,
    });
    expect(sent.statusCode).toBe(201);
    expect(sent.json<{ eventId: string | null }>().eventId).toBeNull();
    expect(await events(studentId)).toEqual([]);
  });
});
