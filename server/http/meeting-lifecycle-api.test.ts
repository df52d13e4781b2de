import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOnlyRefusedWrites, lastAuditSeq } from '../../test/helpers/audit-entries';
import { hasPoppler, pdfInfo, pdfText } from '../../test/helpers/pdf-tools';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { meetingPrepSheet } from '../../core/case/meeting-prep-sheet';
import { meetingSchema } from '../../core/schemas/meeting';

// A meeting's life through HTTP (issue 17, points 1–3): scheduled with the notice check, prepared (suggested
// questions, the one-page sheet in English and Spanish), held with who actually came, or cancelled; the events
// each step implies. The test clock's today is 2026-11-28. All people are fictional.

interface Json {
  [key: string]: unknown;
}

let t: SignedInTestApp;
let studentId: string;
beforeAll(async () => {
  t = await createSignedInTestApp();
  const created = await call('POST', '/api/v1/students', {
    givenName: 'Tomás',
    familyName: 'Aranda',
    birthDate: '2015-06-02',
    jurisdiction: 'TN',
    school: 'Cedar Hollow Elementary (fictional)',
    grade: '5',
  });
  studentId = String(created.body.id);
});
afterAll(async () => {
  await t.close();
});

async function call(method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown) {
  const response = await t.owner.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  return { status: response.statusCode, body: response.json<Json>() };
}

async function eventsOf(id: string): Promise<{ type: string; date: string; source: string | null; details: string }[]> {
  return t.database.db
    .selectFrom('case_events')
    .select(['type', 'date', 'source', 'details'])
    .where('student_id', '=', id)
    .orderBy('type')
    .execute();
}

const scheduled = {
  status: 'scheduled',
  date: '2026-12-04',
  time: '15:30',
  place: 'Room 12, Cedar Hollow Elementary',
  framework: 'iep',
  purpose: 'annual',
  invited: [
    { role: 'parent', name: 'Inés Aranda' },
    { role: 'regular-education-teacher', name: 'Mr. Holt' },
    { role: 'special-education-teacher', name: 'Ms. Reyes' },
    { role: 'agency-representative', name: 'Dr. Park' },
  ],
};

describe('a meeting scheduled, prepared, held', () => {
  let meetingId: string;

  it('schedules an IEP meeting, records meeting-scheduled, and warns that Tennessee wants 10 days of notice', async () => {
    const response = await call('POST', `/api/v1/students/${studentId}/meetings`, scheduled);
    expect(response.status).toBe(201);
    meetingId = String(response.body.id);
    expect(response.body).toMatchObject({
      status: 'scheduled',
      time: '15:30',
      noticeDate: '2026-11-28',
      attendees: [],
      notice: { kind: 'short', requiredDays: 10, givenDays: 6, citation: 'Tenn. Comp. R. & Regs. 0520-01-09-.15(1)' },
    });
    const events = await eventsOf(studentId);
    expect(events).toEqual([
      expect.objectContaining({
        type: 'meeting-scheduled',
        date: '2026-11-28',
        source: `meeting:${meetingId}:scheduled`,
      }),
    ]);
    expect(JSON.parse(events[0]?.details ?? '{}')).toMatchObject({
      meetingDate: '2026-12-04',
      kind: 'iep',
      purpose: 'annual',
    });
  });

  it('refuses to record a meeting dated after today as held, naming the field, and writes nothing', async () => {
    const seq = await lastAuditSeq(t.database.db);
    const early = await call('PUT', `/api/v1/meetings/${meetingId}`, { ...scheduled, status: 'held' });
    expect(early.status).toBe(400);
    expect(early.body).toMatchObject({
      error: { issues: [{ field: 'date', message: expect.stringContaining('cannot be held') as unknown }] },
    });
    const stored = await call('GET', `/api/v1/meetings/${meetingId}`);
    expect(stored.body.status).toBe('scheduled');
    const badTime = await call('POST', `/api/v1/students/${studentId}/meetings`, { ...scheduled, time: '25:00' });
    expect(badTime.status).toBe(400);
    expect(badTime.body).toMatchObject({ error: { issues: [{ field: 'time' }] } });
    await expectOnlyRefusedWrites(t.database.db, seq, 2);
  });

  it('moves the meeting to a later date: the notice is then enough and the event follows', async () => {
    const moved = await call('PUT', `/api/v1/meetings/${meetingId}`, {
      ...scheduled,
      date: '2026-12-09',
      noticeDate: '2026-11-28',
    });
    expect(moved.status).toBe(200);
    expect(moved.body).toMatchObject({ notice: { kind: 'enough', requiredDays: 10, givenDays: 11 } });
    const [event] = await eventsOf(studentId);
    expect(JSON.parse(event?.details ?? '{}')).toMatchObject({ meetingDate: '2026-12-09' });
  });

  it('saves the preparation and suggests questions from the case', async () => {
    const current = (await call('GET', `/api/v1/meetings/${meetingId}`)).body;
    const prepared = await call('PUT', `/api/v1/meetings/${meetingId}`, {
      ...current,
      parentConcerns: 'Tomás still reads two grades below his class.\nHe avoids writing.',
      prep: {
        agenda: ['Reading progress', 'Writing support'],
        questions: ['What reading program will he get, and how often?'],
        documentsToBring: ['Last report card', 'Reading samples from home'],
      },
    });
    expect(prepared.status).toBe(200);
    // Consent to evaluate given in June: Tennessee's 60 days ran out in August, so the evaluation is overdue.
    const consent = await call('POST', `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-consent-received',
      date: '2026-06-01',
    });
    expect(consent.status).toBe(201);
    const suggested = await call('GET', `/api/v1/meetings/${meetingId}/suggested-questions`);
    expect(suggested.status).toBe(200);
    const questions = suggested.body.questions as {
      source: string;
      citation: string;
      text: { en: string; es: string };
    }[];
    const overdue = questions.find((q) => q.source === 'overdue');
    expect(overdue?.text.en).toMatch(/When will it be done\? Please confirm it in writing\.$/);
    expect(overdue?.text.es).toMatch(/¿Cuándo se hará\?/);
    expect(overdue?.citation).toMatch(/^Tenn\. Comp\. R\. & Regs\./);
  });

  it.skipIf(!hasPoppler())('prints the preparation as one page in English and in Spanish', async () => {
    for (const [language, heading, question] of [
      ['en', 'Questions to ask', 'What reading program will he get'],
      ['es', 'Preguntas para hacer', 'What reading program will he get'],
    ] as const) {
      const response = await t.owner.inject({
        method: 'GET',
        url: `/api/v1/meetings/${meetingId}/prep.pdf?language=${language}`,
      });
      expect(response.statusCode).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.rawPayload;
      expect(pdfInfo(pdf).Pages).toBe('1');
      const text = pdfText(pdf).replace(/\s+/g, ' ');
      expect(text).toContain(heading);
      expect(text).toContain(question);
      expect(text).toContain('Tomás');
      expect(text).toContain('34 CFR 300.324(a)(1)(ii)');
      expect(text).toContain('Last report card');
    }
    const bad = await call('GET', `/api/v1/meetings/${meetingId}/prep.pdf?language=fr`);
    expect(bad.status).toBe(400);
  });

  it.skipIf(!hasPoppler())(
    'prints the preparation in Chinese and Vietnamese, the parent’s own words as written',
    async () => {
      const meeting = meetingSchema.parse((await call('GET', `/api/v1/meetings/${meetingId}`)).body);
      for (const language of ['zh-Hans', 'vi'] as const) {
        const response = await t.owner.inject({
          method: 'GET',
          url: `/api/v1/meetings/${meetingId}/prep.pdf?language=${language}`,
        });
        expect(response.statusCode).toBe(200);
        const pdf = response.rawPayload;
        expect(pdfInfo(pdf).Pages).toBe('1');
        const text = pdfText(pdf).replace(/\s+/g, ' ');
        // The sheet's words as core writes them in that language (their translations are core's, not this test's).
        const sheet = meetingPrepSheet(meeting, 'Tomás', language);
        expect(text).toContain(sheet.title.replace(/\s+/g, ' '));
        for (const section of sheet.sections) expect(text).toContain(section.heading);
        expect(text).not.toContain('Questions to ask');
        // The parent's question stays as they wrote it; citations stay intact.
        expect(text).toContain('What reading program will he get');
        expect(text).toContain('34 CFR 300.324(a)(1)(ii)');
      }
    },
  );

  it('records it held (on its day) with who came, two absent and one excused in writing, and what was decided', async () => {
    const current = (await call('GET', `/api/v1/meetings/${meetingId}`)).body;
    const held = await call('PUT', `/api/v1/meetings/${meetingId}`, {
      ...current,
      date: '2026-11-27',
      noticeDate: '2026-11-17',
      status: 'held',
      attendees: [
        { role: 'parent', name: 'Inés Aranda', attended: true },
        { role: 'special-education-teacher', name: 'Ms. Reyes', attended: true },
        {
          role: 'regular-education-teacher',
          name: 'Mr. Holt',
          attended: false,
          excusal: { parentAgreedInWriting: true },
        },
        { role: 'agency-representative', name: 'Dr. Park', attended: false },
        { role: 'other', name: 'Ms. Vance (reading specialist)', attended: false },
      ],
      decisions: 'Reading support goes to 45 minutes a day',
      followUps: [{ text: 'Send the revised IEP', owner: 'Ms. Reyes', due: '2026-12-04' }],
      notes: 'Ms. Reyes said the reading data is from October.',
      refusals: ['an assistive technology evaluation'],
    });
    expect(held.status).toBe(200);
    expect(held.body).toMatchObject({ status: 'held', notice: null, refusals: ['an assistive technology evaluation'] });
    const events = (await eventsOf(studentId)).filter((e) => e.source?.startsWith('meeting:') === true);
    expect(events.map((e) => [e.type, e.source])).toEqual([
      ['iep-meeting-held', `meeting:${meetingId}`],
      ['meeting-scheduled', `meeting:${meetingId}:scheduled`],
    ]);
    expect(JSON.parse(events[0]?.details ?? '{}')).toMatchObject({
      attendees: ['parent', 'special-education-teacher'],
      excused: ['regular-education-teacher'],
    });
  });
});

describe('a cancelled meeting and a meeting recorded the old way', () => {
  it('takes the meeting-scheduled event away when the meeting is cancelled', async () => {
    const created = await call('POST', `/api/v1/students/${studentId}/meetings`, { ...scheduled, date: '2027-01-20' });
    const id = String(created.body.id);
    const sources = async () => (await eventsOf(studentId)).map((e) => e.source);
    expect(await sources()).toContain(`meeting:${id}:scheduled`);
    const cancelled = await call('PUT', `/api/v1/meetings/${id}`, {
      ...created.body,
      status: 'cancelled',
      cancelReason: 'The school asked to move it',
    });
    expect(cancelled.status).toBe(200);
    expect(await sources()).not.toContain(`meeting:${id}:scheduled`);
  });

  it('keeps a meeting posted without a status as held, and a 504 meeting has no notice check', async () => {
    const response = await call('POST', `/api/v1/students/${studentId}/meetings`, {
      date: '2026-10-01',
      framework: '504',
      purpose: 'annual',
    });
    expect(response.status).toBe(201);
    expect(response.body).toMatchObject({ status: 'held', notice: null, noticeDate: null });
  });

  it('says the federal rule sets no day count where the state encodes none', async () => {
    const other = await call('POST', '/api/v1/students', {
      givenName: 'Lía',
      familyName: 'Moreno',
      birthDate: '2016-01-09',
      jurisdiction: 'OR',
      school: 'Fern Ridge School (fictional)',
      grade: '4',
    });
    const response = await call('POST', `/api/v1/students/${String(other.body.id)}/meetings`, scheduled);
    expect(response.body).toMatchObject({
      notice: { kind: 'no-day-count', givenDays: 6, citation: '34 CFR 300.322(a)' },
    });
  });
});
