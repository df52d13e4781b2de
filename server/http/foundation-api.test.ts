import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditEntriesAfter, lastAuditSeq } from '../../test/helpers/audit-entries';
import { postgresTestUrl } from '../../test/helpers/postgres-schema';
import { createSignedInTestApp, TEST_CLOCK, type SignedInTestApp } from '../../test/helpers/test-app';
import { daysBetween } from '../../core/calendar/add-days';
import { demoFamily } from '../../core/demo/demo-family';

describe('the foundation API on a real database', () => {
  let t: SignedInTestApp;
  beforeAll(async () => {
    t = await createSignedInTestApp();
  });
  afterAll(async () => {
    await t.close();
  });

  it('reports health with the database in use', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ status: 'ok', database: postgresTestUrl() === null ? 'sqlite' : 'postgres' });
    expect(response.headers['cache-control']).toBe('no-store');
  });

  it('serves an OpenAPI document generated from the route schemas', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const document = response.json<{ openapi: string; paths: Record<string, unknown> }>();
    expect(document.openapi).toMatch(/^3\./);
    expect(Object.keys(document.paths)).toEqual(
      expect.arrayContaining(['/api/v1/health', '/api/v1/families', '/api/v1/demo']),
    );
  });

  it('loads the demo family once, then lists both children with their plans', async () => {
    const first = await t.owner.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(first.statusCode).toBe(201);
    const second = await t.owner.inject({ method: 'POST', url: '/api/v1/demo' });
    expect(second.statusCode).toBe(200);
    expect(second.json<{ familyId: string }>().familyId).toBe(first.json<{ familyId: string }>().familyId);

    const list = await t.owner.inject({ method: 'GET', url: '/api/v1/families' });
    const { families } = list.json<{
      families: { isDemo: boolean; students: { givenName: string; planInEffect: string }[] }[];
    }>();
    expect(families).toHaveLength(1);
    expect(families[0]?.isDemo).toBe(true);
    expect(families[0]?.students.map((s) => [s.givenName, s.planInEffect])).toEqual([
      ['Maya', 'iep'],
      ['Leo', '504'],
    ]);
    // Everything is placed around the app's today: compute what to expect from the same family.
    const today = TEST_CLOCK.today();
    const demo = demoFamily(today);
    const events = await t.database.db
      .selectFrom('case_events')
      .select(({ fn }) => fn.countAll<number | string>().as('n'))
      .executeTakeFirstOrThrow();
    // Each sent letter records its own event (the records request starts the records clock).
    const expectedEvents = demo.students.reduce((n, s) => n + s.events.length + s.letters.length, 0);
    expect(Number(events.n)).toBe(expectedEvents);

    const studentsResponse = await t.owner.inject({ method: 'GET', url: '/api/v1/students' });
    const idOf = (name: string) =>
      studentsResponse
        .json<{ students: { id: string; givenName: string }[] }>()
        .students.find((s) => s.givenName === name)?.id ?? '';
    const maya = idOf('Maya');
    const timeline = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/timeline` });
    const { deadlines, findings } = timeline.json<{
      deadlines: { kind: string; due: string | null; status: string }[];
      findings: { code: string }[];
    }>();
    // With the demo district's calendar, Texas's 45 school days after consent have a date, and the evaluation met it.
    expect(deadlines.find((d) => d.kind === 'initial-evaluation')).toMatchObject({ status: 'met' });
    expect(deadlines.find((d) => d.kind === 'initial-evaluation')?.due).not.toBeNull();
    expect(findings.map((f) => f.code)).not.toContain('calendar-needed');
    // The records request the demo family sent went unanswered past its due date; the annual review is coming.
    expect(deadlines.find((d) => d.kind === 'records-access')).toMatchObject({ status: 'overdue' });
    const annual = deadlines.filter((d) => d.kind === 'annual-review').at(-1);
    expect(annual?.status).toBe('open');
    expect(daysBetween(today, annual?.due ?? today)).toBeGreaterThan(0);
    expect(daysBetween(today, annual?.due ?? today)).toBeLessThanOrEqual(30);

    // Versions to compare, meetings held and coming, messages (the letter's own entry too), scores.
    const demoMaya = demo.students[0];
    const plans = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/plans` })).json<{
      plans: { versions: unknown[] }[];
    }>();
    expect(plans.plans[0]?.versions).toHaveLength(demoMaya?.plan.versions.length ?? -1);
    const meetings = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/meetings` })).json<{
      meetings: { date: string }[];
    }>().meetings;
    expect(meetings.some((m) => m.date < today) && meetings.some((m) => m.date > today)).toBe(true);
    const log = (await t.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/communications` })).json<{
      communications: unknown[];
    }>().communications;
    expect(log).toHaveLength((demoMaya?.communications.length ?? 0) + (demoMaya?.letters.length ?? 0));

    // Leo's 504 plan names its next review date: a dated reminder with its citation (34 CFR 104.35(d)).
    const leoTimeline = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${idOf('Leo')}/timeline` });
    const { reminders } = leoTimeline.json<{ reminders: { rule: string; due?: string; citation: string }[] }>();
    expect(reminders.find((r) => r.rule === 'section504.plan-review')).toMatchObject({
      due: demo.students[1]?.plan.versions.at(-1)?.content['reviewDate'],
      citation: '34 CFR 104.35(d)',
    });
  });

  it('loads the demo family’s words in Spanish when asked, and refuses an unknown language naming the field', async () => {
    const spanish = await createSignedInTestApp();
    try {
      const bad = await spanish.owner.inject({ method: 'POST', url: '/api/v1/demo', payload: { language: 'fr' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.json<{ error: { message: string } }>().error.message).toContain('language');
      expect((await spanish.owner.inject({ method: 'GET', url: '/api/v1/families' })).json()).toEqual({ families: [] });
      const loaded = await spanish.owner.inject({ method: 'POST', url: '/api/v1/demo', payload: { language: 'es' } });
      expect(loaded.statusCode).toBe(201);
      const { families } = (await spanish.owner.inject({ method: 'GET', url: '/api/v1/families' })).json<{
        families: { name: string }[];
      }>();
      expect(families[0]?.name).toBe(demoFamily(TEST_CLOCK.today(), 'es').name);
    } finally {
      await spanish.close();
    }
  });

  it('loads the demo family for a Vietnamese reader: the family’s notes in Vietnamese, the plans in English (0053)', async () => {
    const vietnamese = await createSignedInTestApp();
    try {
      const loaded = await vietnamese.owner.inject({
        method: 'POST',
        url: '/api/v1/demo',
        payload: { language: 'vi' },
      });
      expect(loaded.statusCode).toBe(201);
      const demo = demoFamily(TEST_CLOCK.today(), 'vi');
      const { families } = (await vietnamese.owner.inject({ method: 'GET', url: '/api/v1/families' })).json<{
        families: { name: string }[];
      }>();
      expect(families[0]?.name).toBe(demo.name);
      const { students } = (await vietnamese.owner.inject({ method: 'GET', url: '/api/v1/students' })).json<{
        students: { id: string; givenName: string }[];
      }>();
      const maya = students.find((s) => s.givenName === 'Maya')?.id ?? '';
      const log = (
        await vietnamese.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/communications` })
      ).json<{ communications: { summary: string }[] }>().communications;
      const summaries = log.map((entry) => entry.summary);
      const firstNote = String(demo.students[0]?.communications[0]?.['summary']);
      expect(summaries).toContain(firstNote);
      expect(firstNote).not.toBe(
        String(demoFamily(TEST_CLOCK.today(), 'en').students[0]?.communications[0]?.['summary']),
      );
      // The school's plan is in the writing language, English: the same goal area as the English demo's.
      const plans = await vietnamese.owner.inject({ method: 'GET', url: `/api/v1/students/${maya}/plans` });
      expect(plans.body).toContain('Reading fluency');
      expect(plans.body).not.toContain('Fluidez lectora');
    } finally {
      await vietnamese.close();
    }
  });

  it('answers a malformed JSON body with a JSON 400, never HTML or a stack trace', async () => {
    const seq = await lastAuditSeq(t.database.db);
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/demo',
      headers: { 'content-type': 'application/json' },
      payload: '{"not json',
    });
    expect(response.statusCode).toBe(400);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({
      error: { code: 'malformed-json', message: 'the request body is not valid JSON' },
    });
    expect(response.body).not.toMatch(/at .*\.ts:\d+/);
    expect((await auditEntriesAfter(t.database.db, seq)).filter((e) => e.outcome === 'allowed')).toEqual([]);
  });

  it('answers an unknown API route with a JSON 404', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/no-such-thing?x=1' });
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.json()).toEqual({ error: { code: 'not-found', message: 'GET /api/v1/no-such-thing not found' } });
  });

  it('refuses a body over the size limit with 413', async () => {
    const seq = await lastAuditSeq(t.database.db);
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/demo',
      headers: { 'content-type': 'application/json' },
      payload: JSON.stringify({ padding: 'x'.repeat(2 * 1024 * 1024) }),
    });
    expect(response.statusCode).toBe(413);
    expect(response.json<{ error: { code: string } }>().error.code).toBe('payload-too-large');
    expect((await auditEntriesAfter(t.database.db, seq)).filter((e) => e.outcome === 'allowed')).toEqual([]);
  });

  it('sends a strict Content-Security-Policy and the other security headers', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/health' });
    const csp = String(response.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'none'");
    expect(response.headers).toMatchObject({
      'cross-origin-opener-policy': 'same-origin',
      'cross-origin-resource-policy': 'same-origin',
      'origin-agent-cluster': '?1',
      'permissions-policy':
        'accelerometer=(), bluetooth=(), camera=(self), display-capture=(), geolocation=(), gyroscope=(), hid=(), ' +
        'magnetometer=(), microphone=(), midi=(), payment=(), serial=(), usb=()',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': 'max-age=31536000; includeSubDomains',
      'x-content-type-options': 'nosniff',
      'x-dns-prefetch-control': 'off',
      'x-download-options': 'noopen',
      'x-frame-options': 'DENY',
      'x-permitted-cross-domain-policies': 'none',
      'x-xss-protection': '0',
      'cache-control': 'no-store',
    });
    // Errors and answers outside the API carry them too.
    const missing = await t.app.inject({ method: 'GET', url: '/api/v1/nothing-here' });
    expect(missing.statusCode).toBe(404);
    expect(missing.headers['x-frame-options']).toBe('DENY');
    expect(missing.headers['permissions-policy']).toContain('microphone=()');
    expect(missing.headers['content-security-policy']).toBe(csp);
  });
});
