import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectOnlyRefusedWrites, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// The case record through HTTP, on a real SQLite file: students, versioned plans, meetings, events and the
// communication log, with validation errors, 404s and history for each. All people are fictional.

interface Json {
  [key: string]: unknown;
}

let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
});
afterAll(async () => {
  await t.close();
});

async function call(method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, payload?: unknown) {
  const response = await t.owner.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  return { status: response.statusCode, body: response.json<Json>() };
}

async function count(
  table: 'students' | 'plan_versions' | 'case_events' | 'meetings' | 'communications',
): Promise<number> {
  const row = await t.database.db
    .selectFrom(table)
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

const newStudent = {
  givenName: 'Ana',
  familyName: 'Lopez',
  birthDate: '2015-02-11',
  jurisdiction: 'ca',
  school: 'Harbor View Elementary (fictional)',
  grade: '5',
  homeLanguages: ['es'],
  contacts: [{ name: 'Carmen Lopez', relationship: 'mother', email: 'carmen@example.org', preferredLanguage: 'es' }],
};

async function addStudent(): Promise<string> {
  const created = await call('POST', '/api/v1/students', newStudent);
  expect(created.status).toBe(201);
  return String(created.body.id);
}

describe('students', () => {
  it('adds a child, reads it back, changes it, and keeps every state in the history', async () => {
    const id = await addStudent();
    const read = await call('GET', `/api/v1/students/${id}`);
    expect(read.body).toMatchObject({
      givenName: 'Ana',
      jurisdiction: 'CA',
      homeLanguages: ['es'],
      planInEffect: null,
    });
    const changed = await call('PATCH', `/api/v1/students/${id}`, { grade: '6' });
    expect(changed.body).toMatchObject({ grade: '6', givenName: 'Ana' });
    const history = await call('GET', `/api/v1/students/${id}/history`);
    const states = history.body.history as { action: string; data: { grade: string } }[];
    expect(states.map((h) => [h.action, h.data.grade])).toEqual([
      ['create', '5'],
      ['update', '6'],
    ]);
  });

  it('names every bad field and writes nothing', async () => {
    const before = await count('students');
    const seq = await lastAuditSeq(t.database.db);
    const bad = await call('POST', '/api/v1/students', {
      ...newStudent,
      givenName: '',
      birthDate: '2/11/2015',
      jurisdiction: 'XX',
      contacts: [{ name: 'Carmen', email: 'not-an-email' }],
    });
    expect(bad.status).toBe(400);
    expect(bad.body).toMatchObject({ error: { code: 'invalid-input', message: 'givenName: required' } });
    const fields = (bad.body.error as { issues: { field: string; message: string }[] }).issues;
    expect(fields).toEqual(
      expect.arrayContaining([
        { field: 'givenName', message: 'required' },
        { field: 'birthDate', message: 'expected YYYY-MM-DD, got "2/11/2015"' },
        { field: 'jurisdiction', message: 'expected US or a two-letter state code such as TX' },
        { field: 'contacts[0].email', message: 'expected an email address' },
      ]),
    );
    expect(await count('students')).toBe(before);
    await expectOnlyRefusedWrites(t.database.db, seq, 1);
  });

  it('answers 404 for a child that does not exist, on every student route', async () => {
    for (const path of ['', '/history', '/plans', '/meetings', '/events', '/communications']) {
      const response = await call('GET', `/api/v1/students/no-such-child${path}`);
      expect(response.status, path).toBe(404);
      expect(response.body).toMatchObject({ error: { code: 'not-found' } });
    }
  });
});

describe('plans: drafts, final versions, amendments and comparison', () => {
  const speech = {
    id: 'svc-speech',
    kind: 'related',
    name: 'Speech-language therapy',
    minutesPerSession: 30,
    sessionsPerPeriod: 2,
    period: 'week',
    location: 'Speech room',
    providerRole: 'Speech-language pathologist',
  };
  const goals = [
    {
      id: 'g-read',
      area: 'Reading',
      statement: 'By June 2027, given a 5th-grade passage, Ana will read 110 words correct per minute.',
      unit: 'wcpm',
      baseline: { value: 70, date: '2026-09-01' },
      target: { value: 110, date: '2027-06-01' },
    },
    {
      id: 'g-artic',
      area: 'Articulation',
      statement: 'By June 2027, Ana will produce /r/ correctly in 80% of trials.',
      unit: '% of trials',
      baseline: { value: 30, date: '2026-09-01' },
      target: { value: 80, date: '2027-06-01' },
    },
  ];

  it('drafts an IEP, autosaves it, finalizes it, amends it with fewer minutes, and shows the cut', async () => {
    const studentId = await addStudent();
    const created = await call('POST', `/api/v1/students/${studentId}/plans`, { framework: 'iep' });
    expect(created.status).toBe(201);
    const planId = String(created.body.id);
    const versions = created.body.versions as { id: string; status: string }[];
    expect(versions.map((v) => v.status)).toEqual(['draft']);
    const draftId = versions[0]?.id ?? '';

    const saved = await call('PUT', `/api/v1/plans/${planId}/versions/${draftId}/content`, {
      content: { goals, services: [speech] },
    });
    expect(saved.status).toBe(200);
    expect((saved.body.content as { goals: unknown[] }).goals).toHaveLength(2);

    const badSave = await call('PUT', `/api/v1/plans/${planId}/versions/${draftId}/content`, {
      content: { goals: [{ ...goals[0], baseline: { value: 'seventy' } }] },
    });
    expect(badSave.status).toBe(400);
    expect((badSave.body.error as { message: string }).message).toMatch(/^content\.goals\[0\]\.baseline\.value: /);

    const finalized = await call('POST', `/api/v1/plans/${planId}/versions/${draftId}/finalize`, {
      effectiveFrom: '2026-10-01',
    });
    expect(finalized.status).toBe(200);
    expect(finalized.body).toMatchObject({ effectiveFrom: '2026-10-01' });
    const events = await call('GET', `/api/v1/students/${studentId}/events`);
    expect((events.body.events as { event: unknown }[]).map((e) => e.event)).toContainEqual({
      type: 'plan-started',
      date: '2026-10-01',
      framework: 'iep',
    });
    const student = await call('GET', `/api/v1/students/${studentId}`);
    expect(student.body.planInEffect).toBe('iep');

    const refused = await call('PUT', `/api/v1/plans/${planId}/versions/${draftId}/content`, {
      content: { goals: [] },
    });
    expect(refused.status).toBe(409);

    const amended = await call('POST', `/api/v1/plans/${planId}/amend`, { reason: 'amendment' });
    expect(amended.status).toBe(201);
    const amendedVersions = amended.body.versions as { id: string; number: number; status: string; reason: string }[];
    expect(amendedVersions.map((v) => [v.number, v.status, v.reason])).toEqual([
      [1, 'final', 'initial'],
      [2, 'draft', 'amendment'],
    ]);
    const secondId = amendedVersions[1]?.id ?? '';
    expect((await call('POST', `/api/v1/plans/${planId}/amend`, {})).status).toBe(409);

    await call('PUT', `/api/v1/plans/${planId}/versions/${secondId}/content`, {
      content: { goals, services: [{ ...speech, sessionsPerPeriod: 1 }] },
    });
    const early = await call('POST', `/api/v1/plans/${planId}/versions/${secondId}/finalize`, {
      effectiveFrom: '2026-09-01',
    });
    expect(early.status).toBe(400);
    await call('POST', `/api/v1/plans/${planId}/versions/${secondId}/finalize`, { effectiveFrom: '2026-11-20' });

    const compared = await call('GET', `/api/v1/plans/${planId}/compare?from=${draftId}&to=${secondId}`);
    expect(compared.body.changes).toEqual([
      {
        section: 'services',
        effect: 'reduced',
        message: {
          en: 'Speech-language therapy: time cut from 60 minutes a week (2 × 30) to 30 minutes a week (1 × 30)',
          es: 'Speech-language therapy: el tiempo se redujo de 60 minutos por semana (2 × 30) a 30 minutos por semana (1 × 30)',
          vi: 'Speech-language therapy: thời gian bị cắt giảm từ 60 phút mỗi tuần (2 × 30) thành 30 phút mỗi tuần (1 × 30)',
          'zh-Hans': 'Speech-language therapy：时间从每周 60 分钟（2 × 30）减少为每周 30 分钟（1 × 30）',
          ar: 'Speech-language therapy: خُفّض الوقت من 60 دقيقة في الأسبوع (2 × 30) إلى 30 دقيقة في الأسبوع (1 × 30)',
        },
      },
    ]);

    const history = await call('GET', `/api/v1/plans/${planId}/versions/${draftId}/history`);
    expect((history.body.history as { action: string }[]).map((h) => h.action)).toEqual(['create', 'update', 'update']);
  });

  it('keeps a 504 plan as its own structure and refuses IEP-only content in it', async () => {
    const studentId = await addStudent();
    const created = await call('POST', `/api/v1/students/${studentId}/plans`, {
      framework: '504',
      content: {
        impairment: 'Asthma',
        majorLifeActivities: ['breathing'],
        accommodations: [
          { id: 'a1', category: 'health', description: 'Inhaler kept in class', responsible: 'Teacher' },
        ],
      },
    });
    expect(created.status).toBe(201);
    const version = (created.body.versions as { content: Json }[])[0];
    expect(version?.content).toEqual({
      impairment: 'Asthma',
      majorLifeActivities: ['breathing'],
      accommodations: [{ id: 'a1', category: 'health', description: 'Inhaler kept in class', responsible: 'Teacher' }],
      reviewDate: null,
    });
    const bad = await call('POST', `/api/v1/students/${studentId}/plans`, {
      framework: '504',
      content: { accommodations: [{ id: 'a1', category: 'magic', description: 'x' }] },
    });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toMatch(/^content\.accommodations\[0\]\.category: /);
  });

  it('answers 404 for an unknown plan or version', async () => {
    expect((await call('GET', '/api/v1/plans/nope')).status).toBe(404);
    expect((await call('PUT', '/api/v1/plans/nope/versions/nope/content', { content: {} })).status).toBe(404);
  });
});

describe('meetings and the events they imply', () => {
  it('records an IEP meeting as iep-meeting-held, follows corrections, and keeps history', async () => {
    const studentId = await addStudent();
    const before = await count('case_events');
    const meeting = await call('POST', `/api/v1/students/${studentId}/meetings`, {
      date: '2026-11-18',
      framework: 'iep',
      purpose: 'initial',
      attendees: [
        { name: 'Carmen Lopez', role: 'parent' },
        { name: 'Mr. Ruiz', role: 'special-education-teacher' },
      ],
      parentConcerns: 'Reading homework takes two hours a night.',
    });
    expect(meeting.status).toBe(201);
    const meetingId = String(meeting.body.id);
    expect(await count('case_events')).toBe(before + 1);
    const events = (await call('GET', `/api/v1/students/${studentId}/events`)).body.events as {
      id: string;
      source: string;
      event: Json;
    }[];
    expect(events.at(-1)?.event).toEqual({
      type: 'iep-meeting-held',
      date: '2026-11-18',
      purpose: 'initial',
      transition: false,
      attendees: ['parent', 'special-education-teacher'],
      excused: [],
    });
    const implied = events.at(-1)?.id ?? '';
    expect(
      (await call('PUT', `/api/v1/events/${implied}`, { type: 'iep-meeting-held', date: '2026-11-19' })).status,
    ).toBe(409);

    const corrected = await call('PUT', `/api/v1/meetings/${meetingId}`, {
      ...meeting.body,
      date: '2026-11-19',
    });
    expect(corrected.status).toBe(200);
    expect((await call('GET', `/api/v1/events/${implied}`)).body.event).toMatchObject({ date: '2026-11-19' });

    await call('PUT', `/api/v1/meetings/${meetingId}`, { date: '2026-11-19', framework: '504', purpose: 'annual' });
    expect(await count('case_events')).toBe(before);
    const history = await call('GET', `/api/v1/meetings/${meetingId}/history`);
    expect((history.body.history as unknown[]).length).toBe(3);
  });

  it('names the bad field of a meeting', async () => {
    const studentId = await addStudent();
    const bad = await call('POST', `/api/v1/students/${studentId}/meetings`, {
      date: '2026-11-18',
      framework: 'iep',
      purpose: 'initial',
      attendees: [{ name: 'X', role: 'principal' }],
    });
    expect(bad.status).toBe(400);
    expect((bad.body.error as { message: string }).message).toMatch(/^attendees\[0\]\.role: /);
  });
});

describe('events entered by hand', () => {
  it('records, corrects and lists events in date order, with history', async () => {
    const studentId = await addStudent();
    const consent = await call('POST', `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-consent-received',
      date: '2026-09-10',
    });
    await call('POST', `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-requested',
      date: '2026-09-02',
      by: 'parent',
    });
    expect(consent.status).toBe(201);
    const listed = (await call('GET', `/api/v1/students/${studentId}/events`)).body.events as {
      event: { type: string };
    }[];
    expect(listed.map((e) => e.event.type)).toEqual(['evaluation-requested', 'evaluation-consent-received']);
    const id = String(consent.body.id);
    await call('PUT', `/api/v1/events/${id}`, { type: 'evaluation-consent-received', date: '2026-09-11' });
    const history = (await call('GET', `/api/v1/events/${id}/history`)).body.history as {
      data: { event: { date: string } };
    }[];
    expect(history.map((h) => h.data.event.date)).toEqual(['2026-09-10', '2026-09-11']);
  });

  it('answers the spec’s message for a bad date and an unknown type, and writes nothing', async () => {
    const studentId = await addStudent();
    const before = await count('case_events');
    const seq = await lastAuditSeq(t.database.db);
    const badDate = await call('POST', `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-requested',
      date: '3/4/2026',
    });
    expect(badDate.status).toBe(400);
    expect((badDate.body.error as { message: string }).message).toBe('date: expected YYYY-MM-DD, got "3/4/2026"');
    const badType = await call('POST', `/api/v1/students/${studentId}/events`, { type: 'party', date: '2026-03-04' });
    expect(badType.status).toBe(400);
    expect(await count('case_events')).toBe(before);
    await expectOnlyRefusedWrites(t.database.db, seq, 2);
  });
});

describe('the communication log', () => {
  it('logs, lists newest first, corrects, and keeps history', async () => {
    const studentId = await addStudent();
    const first = await call('POST', `/api/v1/students/${studentId}/communications`, {
      date: '2026-09-02',
      channel: 'email',
      direction: 'to-school',
      counterpart: 'Ms. Park, principal',
      subject: 'Request for an evaluation',
    });
    await call('POST', `/api/v1/students/${studentId}/communications`, {
      date: '2026-09-08',
      channel: 'call',
      direction: 'from-school',
      subject: 'School called about the consent form',
    });
    const list = (await call('GET', `/api/v1/students/${studentId}/communications`)).body.communications as {
      date: string;
    }[];
    expect(list.map((c) => c.date)).toEqual(['2026-09-08', '2026-09-02']);
    const id = String(first.body.id);
    await call('PUT', `/api/v1/communications/${id}`, {
      date: '2026-09-02',
      channel: 'letter',
      direction: 'to-school',
      subject: 'Request for an evaluation',
    });
    expect((await call('GET', `/api/v1/communications/${id}`)).body.channel).toBe('letter');
    expect(((await call('GET', `/api/v1/communications/${id}/history`)).body.history as unknown[]).length).toBe(2);
    const bad = await call('POST', `/api/v1/students/${studentId}/communications`, {
      date: '2026-09-08',
      channel: 'fax',
      direction: 'to-school',
      subject: '',
    });
    expect(bad.status).toBe(400);
  });
});
