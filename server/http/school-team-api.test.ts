import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';
import { signUp } from '../../test/helpers/test-users';

// Caseload and district compliance, read from the deadlines stored when events change (clock: 2026-11-28).
let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
});
afterAll(async () => {
  await t.close();
});

async function post(url: string, payload: unknown) {
  const response = await t.owner.inject({ method: 'POST', url, payload: payload as Record<string, unknown> });
  expect(response.statusCode, response.body).toBeLessThan(300);
  return response.json<{ id: string }>();
}
async function get<T>(url: string): Promise<T> {
  const response = await t.owner.inject({ method: 'GET', url });
  expect(response.statusCode, response.body).toBe(200);
  return response.json<T>();
}

interface Caseload {
  total: number;
  students: {
    id: string;
    givenName: string;
    plan: string | null;
    nextDue: string | null;
    nextKind: string | null;
    overdueCount: number;
  }[];
}
interface Compliance {
  overdue: { total: number; items: { givenName: string; kind: string; status: string }[] };
  district: {
    measures: { id: string; met: number; late: number; overdue: number; unanswered: number; rate: number | null }[];
  };
  schools: { school: string; overdue: number }[];
}

const ids: Record<string, string> = {};

beforeAll(async () => {
  const child = (givenName: string, school: string) =>
    post('/api/v1/students', {
      givenName,
      familyName: 'Testcase',
      birthDate: '2012-05-01',
      jurisdiction: 'US',
      school,
    });
  ids.ava = (await child('Ava', 'North Middle (fictional)')).id;
  ids.ben = (await child('Ben', 'North Middle (fictional)')).id;
  ids.cy = (await child('Cy', 'South Middle (fictional)')).id;
  // Ava: consent in September, evaluated on time (US: 60 calendar days).
  await post(`/api/v1/students/${ids.ava}/events`, { type: 'evaluation-consent-received', date: '2026-09-01' });
  await post(`/api/v1/students/${ids.ava}/events`, {
    type: 'evaluation-completed',
    date: '2026-10-15',
    kind: 'initial',
  });
  // Ben: consent in August, never evaluated: overdue since 30 October 2026.
  await post(`/api/v1/students/${ids.ben}/events`, { type: 'evaluation-consent-received', date: '2026-08-31' });
  // Cy: an IEP whose annual review is due 20 November 2026 and has not happened.
  await post(`/api/v1/students/${ids.cy}/meetings`, {
    date: '2025-11-20',
    framework: 'iep',
    purpose: 'initial',
    attendees: [{ name: 'Parent', role: 'parent' }],
  });
  const plan = await post(`/api/v1/students/${ids.cy}/plans`, { framework: 'iep' });
  const full = await get<{ versions: { id: string }[] }>(`/api/v1/plans/${plan.id}`);
  await post(`/api/v1/plans/${plan.id}/versions/${full.versions[0]?.id ?? ''}/finalize`, {
    effectiveFrom: '2025-11-21',
  });
});

describe('the caseload', () => {
  it('lists each student with the plan in effect, the next deadline and the overdue count', async () => {
    const caseload = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28');
    expect(caseload.total).toBe(3);
    const byName = Object.fromEntries(caseload.students.map((s) => [s.givenName, s]));
    expect(byName.Ben).toMatchObject({ plan: null, overdueCount: 1 });
    expect(byName.Cy).toMatchObject({ plan: 'iep', overdueCount: 1 });
    expect(byName.Ava).toMatchObject({ plan: null, overdueCount: 0 });
    // The SQL form of "the plan in effect" agrees with core/case/plan-in-effect.ts behind GET /students/:id.
    for (const row of caseload.students) {
      const student = await get<{ planInEffect: string | null }>(`/api/v1/students/${row.id}`);
      expect(row.plan, row.givenName).toBe(student.planInEffect);
    }
  });

  it('filters to overdue students and to one plan type, sorts and paginates', async () => {
    const overdue = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&overdue=true&sort=name');
    expect(overdue.students.map((s) => s.givenName)).toEqual(['Ben', 'Cy']);
    const ieps = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&plan=iep');
    expect(ieps.students.map((s) => s.givenName)).toEqual(['Cy']);
    const none = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&plan=none');
    expect(none.students.map((s) => s.givenName)).toEqual(['Ava', 'Ben']);
    const page2 = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&sort=name&pageSize=2&page=2');
    expect(page2).toMatchObject({ total: 3 });
    expect(page2.students.map((s) => s.givenName)).toEqual(['Cy']);
    // By next due, the total comes with the page's rows; on a page past the end it is still counted.
    const byNextDue = '/api/v1/caseload?asOf=2026-11-28&overdue=true&sort=next-due&pageSize=1';
    expect(await get<Caseload>(`${byNextDue}&page=2`)).toMatchObject({ total: 2, students: [{}] });
    expect(await get<Caseload>(`${byNextDue}&page=3`)).toMatchObject({ total: 2, students: [] });
    expect(await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&plan=iep&sort=next-due')).toMatchObject({
      total: 1,
    });
    const bad = await t.owner.inject({ method: 'GET', url: '/api/v1/caseload?pageSize=500' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toBe('pageSize: expected at most 100');
  });
});

describe('the schools of the caseload', () => {
  it('lists each school of the children the person can see once, by name, with how many children', async () => {
    const { schools } = await get<{ schools: { name: string; students: number }[] }>('/api/v1/schools');
    expect(schools).toEqual([
      { name: 'North Middle (fictional)', students: 2 },
      { name: 'South Middle (fictional)', students: 1 },
    ]);
  });

  it('leaves out the schools of children shared with nobody in this list', async () => {
    const stranger = await signUp(t.app, { name: 'Lena Park', email: 'lena.park@example.org' });
    const created = await stranger.inject({
      method: 'POST',
      url: '/api/v1/students',
      payload: { givenName: 'Omar', familyName: 'Park', jurisdiction: 'US', school: 'East High (fictional)' },
    });
    expect(created.statusCode).toBe(201);
    const mine = await get<{ schools: { name: string }[] }>('/api/v1/schools');
    expect(mine.schools.map((school) => school.name)).not.toContain('East High (fictional)');
    const theirs = await stranger.inject({ method: 'GET', url: '/api/v1/schools' });
    expect(theirs.json()).toEqual({ schools: [{ name: 'East High (fictional)', students: 1 }] });
  });
});

describe('the district compliance dashboard', () => {
  it('lists overdue deadlines and measures evaluation timeliness by school', async () => {
    const compliance = await get<Compliance>('/api/v1/compliance?asOf=2026-11-28');
    expect(compliance.overdue.items.map((i) => [i.givenName, i.kind, i.status])).toEqual([
      ['Ben', 'initial-evaluation', 'overdue'],
      ['Cy', 'annual-review', 'overdue'],
    ]);
    const timeliness = compliance.district.measures.find((m) => m.id === 'evaluation-timeliness');
    expect(timeliness).toEqual({ id: 'evaluation-timeliness', met: 1, late: 0, overdue: 1, unanswered: 0, rate: 0.5 });
    expect(compliance.schools.map((s) => [s.school, s.overdue])).toEqual([
      ['North Middle (fictional)', 1],
      ['South Middle (fictional)', 1],
    ]);
  });

  it('counts every overdue and upcoming deadline the person can see, beyond the first page of each list', async () => {
    type Lists = Compliance & { upcoming: { total: number; items: unknown[] } };
    const overdue = '/api/v1/compliance?asOf=2026-11-28';
    expect((await get<Lists>(`${overdue}&limit=500`)).overdue.total).toBe(2);
    const firstOverdue = (await get<Lists>(`${overdue}&limit=1`)).overdue;
    expect([firstOverdue.total, firstOverdue.items.length]).toEqual([2, 1]);
    // Seen from October: Ben's evaluation (due 30 October) and Cy's annual review (20 November) are ahead.
    const upcoming = '/api/v1/compliance?asOf=2026-10-01&upcomingDays=60';
    const allUpcoming = (await get<Lists>(`${upcoming}&limit=500`)).upcoming;
    expect(allUpcoming.total).toBe(allUpcoming.items.length);
    expect(allUpcoming.total).toBeGreaterThan(1);
    const firstUpcoming = (await get<Lists>(`${upcoming}&limit=1`)).upcoming;
    expect([firstUpcoming.total, firstUpcoming.items.length]).toEqual([allUpcoming.total, 1]);
  });

  it('drops the overdue count when the missing meeting is recorded (the stored deadlines follow the events)', async () => {
    await post(`/api/v1/students/${ids.cy}/meetings`, {
      date: '2026-11-25',
      framework: 'iep',
      purpose: 'annual',
      attendees: [{ name: 'Parent', role: 'parent' }],
    });
    const compliance = await get<Compliance>('/api/v1/compliance?asOf=2026-11-28');
    expect(compliance.overdue.total).toBe(1);
    const caseload = await get<Caseload>('/api/v1/caseload?asOf=2026-11-28&overdue=true');
    expect(caseload.students.map((s) => s.givenName)).toEqual(['Ben']);
  });
});

describe('a request to evaluate left unanswered', () => {
  // A district of its own: one evaluation done on time, and one request (Ohio: 30 calendar days to answer it,
  // Ohio Admin. Code 3301-51-06(B)(3)) never answered. Before, the rate read 100%: the request starts no evaluation clock.
  let district: SignedInTestApp;
  beforeAll(async () => {
    district = await createSignedInTestApp();
  });
  afterAll(async () => {
    await district.close();
  });
  const send = async (url: string, payload: Record<string, unknown>) => {
    const response = await district.owner.inject({ method: 'POST', url, payload });
    expect(response.statusCode, response.body).toBeLessThan(300);
    return response.json<{ id: string }>();
  };
  const measure = async () => {
    const response = await district.owner.inject({ method: 'GET', url: '/api/v1/compliance?asOf=2026-11-28' });
    expect(response.statusCode, response.body).toBe(200);
    return response.json<Compliance>().district.measures.find((m) => m.id === 'evaluation-timeliness');
  };

  it('counts against the evaluation rate, so the district never reads 100% on time', async () => {
    const student = (givenName: string, jurisdiction: string) =>
      send('/api/v1/students', {
        givenName,
        familyName: 'Testcase',
        jurisdiction,
        school: 'West Elementary (fictional)',
      });
    const eva = await student('Eva', 'US');
    await send(`/api/v1/students/${eva.id}/events`, { type: 'evaluation-consent-received', date: '2026-09-01' });
    await send(`/api/v1/students/${eva.id}/events`, { type: 'evaluation-completed', date: '2026-10-15' });
    const finn = await student('Finn', 'OH');
    await send(`/api/v1/students/${finn.id}/events`, {
      type: 'evaluation-requested',
      date: '2026-09-01',
      by: 'parent',
    });

    expect(await measure()).toEqual({
      id: 'evaluation-timeliness',
      met: 1,
      late: 0,
      overdue: 0,
      unanswered: 1,
      rate: 0.5,
    });

    // A written refusal answers the request: it no longer counts as unanswered.
    await send(`/api/v1/students/${finn.id}/events`, { type: 'evaluation-refused', date: '2026-11-20' });
    expect(await measure()).toMatchObject({ met: 1, unanswered: 0, rate: 1 });
  });
});
