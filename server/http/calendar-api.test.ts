import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOwnedChild, grantAccess } from '../../test/helpers/child-record-fixture';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

// A fictional Texas child: the initial evaluation is due 45 school days after consent (Tex. Educ. Code
// 29.004), which only a school calendar can date. Consent on Tuesday 15 September 2026; counted by hand,
// day 1 is 16 September, and with 12 October closed day 45 is Wednesday 18 November (17 November without it).
const TERMS = [{ start: '2026-08-17', end: '2027-05-28' }];
const CALENDAR = { terms: TERMS, closed: ['2026-10-12', { start: '2026-11-23', end: '2026-11-27' }] };

let t: TestApp;
let owner: TestUser;
let studentId: string;

beforeEach(async () => {
  t = await createTestApp();
  owner = await signUp(t.app, { name: 'Ngozi Okafor', email: 'ngozi@example.org' });
  ({ studentId } = await addOwnedChild(t.database, owner.id));
  for (const event of [
    { type: 'evaluation-requested', date: '2026-09-08' },
    { type: 'evaluation-consent-received', date: '2026-09-15' },
  ]) {
    expect(
      (await owner.inject({ method: 'POST', url: `/api/v1/students/${studentId}/events`, payload: event })).statusCode,
    ).toBe(201);
  }
});
afterEach(async () => {
  await t.close();
});

const calendarUrl = () => `/api/v1/students/${studentId}/calendar`;

interface Timeline {
  deadlines: { kind: string; due: string | null; status: string }[];
  findings: { code: string }[];
}

async function initialEvaluation(): Promise<{ due: string | null; status: string; findings: string[] }> {
  const response = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/timeline` });
  expect(response.statusCode).toBe(200);
  const timeline = response.json<Timeline>();
  const deadline = timeline.deadlines.find((d) => d.kind === 'initial-evaluation');
  if (deadline === undefined) throw new Error('no initial-evaluation deadline');
  return { due: deadline.due, status: deadline.status, findings: timeline.findings.map((f) => f.code) };
}

/** The stored deadline the caseload and the district dashboard read. */
async function storedDue(): Promise<string | null> {
  const row = await t.database.db
    .selectFrom('derived_deadlines')
    .select('due')
    .where('student_id', '=', studentId)
    .where('kind', '=', 'initial-evaluation')
    .executeTakeFirstOrThrow();
  return row.due;
}

async function calendarHistory(): Promise<string[]> {
  const rows = await t.database.db
    .selectFrom('record_history')
    .select('action')
    .where('entity', '=', 'school-calendar')
    .where('student_id', '=', studentId)
    .orderBy('id')
    .execute();
  return rows.map((row) => row.action);
}

describe("a child's school calendar", () => {
  it('is absent at first: the school-day deadline has no date and the timeline asks for the calendar', async () => {
    const response = await owner.inject({ method: 'GET', url: calendarUrl() });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ calendar: null, updatedAt: null });
    const evaluation = await initialEvaluation();
    expect(evaluation).toMatchObject({ due: null, status: 'unknown' });
    expect(evaluation.findings).toContain('calendar-needed');
    expect(await storedDue()).toBeNull();
  });

  it('dates the school-day deadline once saved, in the stored deadlines too, with history and an audit entry', async () => {
    const saved = await owner.inject({ method: 'PUT', url: calendarUrl(), payload: { calendar: CALENDAR } });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ calendar: CALENDAR, updatedAt: '2026-11-28T15:00:00.000Z' });
    expect((await owner.inject({ method: 'GET', url: calendarUrl() })).json()).toEqual(saved.json());

    const evaluation = await initialEvaluation();
    expect(evaluation).toMatchObject({ due: '2026-11-18', status: 'overdue' });
    expect(evaluation.findings).not.toContain('calendar-needed');
    expect(await storedDue()).toBe('2026-11-18');
    const caseFile = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/case-file` });
    expect(caseFile.json<{ calendar: unknown }>().calendar).toEqual(CALENDAR);
    expect(await calendarHistory()).toEqual(['create']);
    const audit = await t.database.db
      .selectFrom('audit_entries')
      .select(['entity', 'action', 'outcome'])
      .where('route', '=', 'PUT /api/v1/students/:id/calendar')
      .execute();
    expect(audit).toEqual([{ entity: 'school-calendar', action: 'write', outcome: 'allowed' }]);
  });

  it('moves the deadline when the calendar changes, and back to no date when it is removed', async () => {
    await owner.inject({ method: 'PUT', url: calendarUrl(), payload: { calendar: CALENDAR } });
    const changed = await owner.inject({ method: 'PUT', url: calendarUrl(), payload: { calendar: { terms: TERMS } } });
    expect(changed.statusCode).toBe(200);
    expect((await initialEvaluation()).due).toBe('2026-11-17');
    expect(await storedDue()).toBe('2026-11-17');

    const removed = await owner.inject({ method: 'DELETE', url: calendarUrl() });
    expect(removed.statusCode).toBe(204);
    expect((await owner.inject({ method: 'GET', url: calendarUrl() })).json()).toEqual({
      calendar: null,
      updatedAt: null,
    });
    expect((await initialEvaluation()).due).toBeNull();
    expect(await storedDue()).toBeNull();
    // Removing it again is not an error and changes nothing.
    expect((await owner.inject({ method: 'DELETE', url: calendarUrl() })).statusCode).toBe(204);
    expect(await calendarHistory()).toEqual(['create', 'update', 'delete']);
  });

  it.each([
    [{ calendar: { terms: [{ start: '2027-05-28', end: '2026-08-17' }] } }, 'calendar.terms[0].end'],
    [{ calendar: { terms: TERMS, closed: ['2026-02-30'] } }, 'calendar.closed[0]'],
    [{ calendar: { terms: TERMS, holidays: 'none' } }, 'calendar.holidays'],
    [{ calendar: {} }, 'calendar.terms'],
    [{ calendar: { closed: ['2026-11-26'] } }, 'calendar.terms'],
    [{ calendar: { terms: TERMS, holidays: [] } }, 'calendar.holidays'],
    [{}, 'calendar'],
  ])('refuses %j naming the field, and changes nothing', async (payload, field) => {
    await owner.inject({ method: 'PUT', url: calendarUrl(), payload: { calendar: CALENDAR } });
    const response = await owner.inject({ method: 'PUT', url: calendarUrl(), payload });
    expect(response.statusCode).toBe(400);
    const body = response.json<{ error: { code: string; message: string; issues: { field: string }[] } }>();
    expect(body.error.code).toBe('invalid-input');
    expect(body.error.message.startsWith(`${field}:`)).toBe(true);
    expect(body.error.issues.map((issue) => issue.field)).toContain(field);
    expect((await owner.inject({ method: 'GET', url: calendarUrl() })).json<{ calendar: unknown }>().calendar).toEqual(
      CALENDAR,
    );
    expect(await storedDue()).toBe('2026-11-18');
    expect(await calendarHistory()).toEqual(['create']);
  });

  it('is read by the advocate, changed only by the family, and hidden from school staff', async () => {
    await owner.inject({ method: 'PUT', url: calendarUrl(), payload: { calendar: CALENDAR } });
    const advocate = await signUp(t.app, { name: 'Dana Lee', email: 'dana@example.org' });
    await grantAccess(t.database, studentId, advocate.id, 'advocate');
    const staff = await signUp(t.app, { name: 'Sam Ruiz', email: 'sam.ruiz@example.org' });
    await grantAccess(t.database, studentId, staff.id, 'school-staff');

    expect(
      (await advocate.inject({ method: 'GET', url: calendarUrl() })).json<{ calendar: unknown }>().calendar,
    ).toEqual(CALENDAR);
    const refused = await advocate.inject({
      method: 'PUT',
      url: calendarUrl(),
      payload: { calendar: { terms: TERMS } },
    });
    expect(refused.statusCode).toBe(404);
    expect((await staff.inject({ method: 'GET', url: calendarUrl() })).statusCode).toBe(404);
    expect((await staff.inject({ method: 'DELETE', url: calendarUrl() })).statusCode).toBe(404);
    expect(await storedDue()).toBe('2026-11-18');
  });
});
