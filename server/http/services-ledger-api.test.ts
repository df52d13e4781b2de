import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { addOwnedChild, grantAccess } from '../../test/helpers/child-record-fixture';
import { iepWithServices } from '../../test/helpers/iep-with-services';
import {
  ISSUE_21_AMENDED,
  ISSUE_21_CALENDAR,
  ISSUE_21_CSV,
  ISSUE_21_FIRST,
  ISSUE_21_SESSIONS,
} from '../../test/helpers/issue-21-term';
import { createTestApp, type TestApp } from '../../test/helpers/test-app';
import { signUp, type TestUser } from '../../test/helpers/test-users';

// The issue 21 term through the API (the same term core/ledger/services-ledger.test.ts computes by hand): speech
// 2 × 30 a week and OT 60 a month from Wednesday 2026-09-09, speech amended to 3 × 30 from Wednesday 2026-10-14,
// Thanksgiving week closed, three provider absences, one absence of the child, one make-up session.

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

async function termOfIssue21(): Promise<void> {
  await iepWithServices(owner, studentId, '2026-09-09', ISSUE_21_FIRST, [
    { effectiveFrom: '2026-10-14', services: ISSUE_21_AMENDED },
  ]);
  const calendar = await owner.inject({
    method: 'PUT',
    url: `/api/v1/students/${studentId}/calendar`,
    payload: {
      calendar: ISSUE_21_CALENDAR,
    },
  });
  expect(calendar.statusCode).toBe(200);
}

interface Ledger {
  owedMinutes: number;
  hasCalendar: boolean;
  services: {
    serviceId: string;
    owedMinutes: number;
    requiredMinutes: number;
    periods: { requiredMinutes: number }[];
  }[];
}

describe('the services ledger through the API', () => {
  it("gives the hand-computed minutes owed for the issue's term, after a provider's CSV is imported", async () => {
    await termOfIssue21();
    const staff = await signUp(t.app, { name: 'Priya Patel', email: 'priya@example.org' });
    await grantAccess(t.database, studentId, staff.id, 'school-staff');
    const imported = await staff.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/service-logs/import`,
      payload: { csv: ISSUE_21_CSV },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    expect(imported.json<{ imported: number }>().imported).toBe(ISSUE_21_SESSIONS);

    const response = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/service-ledger?asOf=2026-12-31`,
    });
    expect(response.statusCode).toBe(200);
    const ledger = response.json<Ledger>();
    const of = (id: string) => ledger.services.find((s) => s.serviceId === id);
    // Speech: shortfalls 6 (short first week) + 30 + 30 (provider absent) − 30 (make-up) = 36.
    expect(of('speech')?.owedMinutes).toBe(36);
    expect(of('speech')?.requiredMinutes).toBe(1074);
    expect(of('speech')?.periods[5]?.requiredMinutes).toBe(78);
    // OT: November, 60 × 16 / 21 → 46, missed with the provider absent.
    expect(of('ot')?.owedMinutes).toBe(46);
    expect(ledger.owedMinutes).toBe(82);
    expect(ledger.hasCalendar).toBe(true);

    // The staff member's sessions carry their name and the reasons.
    const log = await owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/service-logs` });
    const entries = log.json<{
      entries: { date: string; reason: string | null; makeUp: boolean; enteredByName: string }[];
    }>().entries;
    expect(entries.find((e) => e.date === '2026-12-18')).toMatchObject({ makeUp: true, enteredByName: 'Priya Patel' });
    expect(entries.find((e) => e.date === '2026-11-13')?.reason).toBe('student-absent');
  });

  it('imports nothing when one row is bad, naming each bad row and its field', async () => {
    await termOfIssue21();
    const bad = [
      'date,service,minutes,status,reason',
      '2026-09-10,Speech therapy,30,delivered,',
      '2026-09-15,Speech therapy,1441,delivered,',
      '2026-09-16,Music therapy,30,delivered,',
      '2026-09-01,Speech therapy,30,delivered,',
      '2026-09-17,Speech therapy,30,missed,weather',
    ].join('\n');
    const response = await owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/service-logs/import`,
      payload: { csv: bad },
    });
    expect(response.statusCode).toBe(400);
    const issues = response.json<{
      error: { issues: { field: string; message: string; code?: string; params?: Record<string, unknown> }[] };
    }>().error.issues;
    // The schema's checks come first (row 3 minutes, row 6 reason): the plan is checked only on a clean file.
    expect(issues.map((i) => i.message)).toEqual([
      'row 3, minutes: expected 0–1440 minutes',
      expect.stringMatching(/^row 6, reason: expected provider-absent/),
    ]);
    expect(issues.every((i) => i.field === 'csv')).toBe(true);
    // Beside each English line, a code and its params, so the page says the problem in its own language.
    expect(issues.map(({ code, params }) => ({ code, params }))).toEqual([
      { code: 'minutes-range', params: { row: 3, column: 'minutes' } },
      { code: 'reason', params: { got: '"weather"', row: 6, column: 'reason' } },
    ]);
    const againstPlan = await owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/service-logs/import`,
      payload: {
        csv: bad
          .split('\n')
          .filter((_, i) => i !== 2 && i !== 5)
          .join('\n'),
      },
    });
    expect(againstPlan.statusCode).toBe(400);
    expect(againstPlan.json<{ error: { issues: { message: string }[] } }>().error.issues.map((i) => i.message)).toEqual(
      [
        expect.stringMatching(/^row 3, service: no final IEP lists a service named "Music therapy"/),
        'row 4, date: 2026-09-01 is outside the days the IEP has "Speech therapy" in effect',
      ],
    );
    expect(
      againstPlan
        .json<{ error: { issues: { code?: string; params?: Record<string, unknown> }[] } }>()
        .error.issues.map(({ code, params }) => ({ code, params })),
    ).toEqual([
      {
        code: 'service-not-in-iep',
        params: { service: 'Music therapy', services: expect.any(String) as unknown, row: 3, column: 'service' },
      },
      {
        code: 'service-not-in-effect',
        params: { date: '2026-09-01', service: 'Speech therapy', row: 4, column: 'date' },
      },
    ]);
    const rows = await t.database.db.selectFrom('service_logs').select('id').execute();
    expect(rows).toEqual([]);
  });

  it('owes nothing for a period that has not ended, and answers 404 to an outsider', async () => {
    await termOfIssue21();
    const mid = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/service-ledger?asOf=2026-09-16`,
    });
    // Nothing logged: week 1 (36) is owed; week 2 has not ended. September has not ended either.
    expect(mid.json<Ledger>().owedMinutes).toBe(36);
    const outsider = await signUp(t.app, { name: 'Sam Ortiz', email: 'sam@example.org' });
    const refused = await outsider.inject({ method: 'GET', url: `/api/v1/students/${studentId}/service-ledger` });
    expect(refused.statusCode).toBe(404);
    const bad = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/service-ledger?asOf=2026-13-01`,
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { issues: { field: string }[] } }>().error.issues[0]?.field).toBe('asOf');
  });

  it('finds services-not-delivered on the timeline and in the next steps once more than a week of speech is owed', async () => {
    await termOfIssue21();
    // The issue's CSV with the provider also absent on 1 and 2 December: 36 + 60 = 96 minutes of speech owed, more
    // than the 90 a week the amended IEP requires.
    const csv = ISSUE_21_CSV.replace(
      '2026-12-01,Speech therapy,30,delivered,,,',
      '2026-12-01,Speech therapy,30,missed,provider-absent,,',
    ).replace('2026-12-02,Speech therapy,30,delivered,,,', '2026-12-02,Speech therapy,30,missed,provider-absent,,');
    const imported = await owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/service-logs/import`,
      payload: { csv },
    });
    expect(imported.statusCode, imported.body).toBe(201);
    type Findings = { findings: { code: string; citation: string; ruleStatus: string; message: string }[] };
    const timeline = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/timeline?asOf=2026-12-31`,
    });
    expect(timeline.statusCode).toBe(200);
    const found = timeline.json<Findings>().findings.filter((f) => f.code === 'services-not-delivered');
    expect(found).toEqual([expect.objectContaining({ citation: '34 CFR 300.323(c)(2)', ruleStatus: 'confirmed' })]);
    expect(found[0]?.message).toContain('Speech therapy: 96 minutes');
    const steps = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/next-steps?asOf=2026-12-31`,
    });
    expect(steps.statusCode).toBe(200);
    expect(
      steps.json<{ timeline: Findings }>().timeline.findings.some((f) => f.code === 'services-not-delivered'),
    ).toBe(true);
    // Before the December absences (6 + 30 + 30 = 66 of 90 owed), no finding.
    const before = await owner.inject({
      method: 'GET',
      url: `/api/v1/students/${studentId}/timeline?asOf=2026-11-30`,
    });
    expect(before.json<Findings>().findings.some((f) => f.code === 'services-not-delivered')).toBe(false);
  });
});
