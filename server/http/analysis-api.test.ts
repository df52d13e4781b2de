import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { computeTimeline } from '../../core/timeline/compute-timeline';
import { parseCaseFile } from '../../core/schemas/case-file';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

const specCase = JSON.parse(readFileSync('test/fixtures/spec-case-file.json', 'utf8')) as Record<string, unknown>;
const specGoal = JSON.parse(readFileSync('test/fixtures/spec-progress-goal.json', 'utf8')) as Record<string, unknown>;

let t: SignedInTestApp;
beforeAll(async () => {
  t = await createSignedInTestApp();
});
afterAll(async () => {
  await t.close();
});

describe('POST /api/v1/timeline', () => {
  it('answers the same JSON as the engine (and the CLI) for the spec example', async () => {
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/timeline?asOf=2025-12-01',
      payload: specCase,
    });
    expect(response.statusCode).toBe(200);
    const parsed = parseCaseFile(specCase);
    if (!parsed.ok) throw new Error(parsed.message);
    expect(response.json()).toEqual(JSON.parse(JSON.stringify(computeTimeline(parsed.value, '2025-12-01'))));
    expect(response.json<{ deadlines: { due: string; status: string }[] }>().deadlines[0]).toMatchObject({
      due: '2025-11-09',
      status: 'overdue',
    });
  });

  it('answers 400 naming the field, as the CLI does', async () => {
    const events = [
      { type: 'evaluation-requested', date: '2025-01-06' },
      { type: 'evaluation-requested', date: '2025-01-06' },
      { type: 'evaluation-requested', date: '2025-01-06' },
      { type: 'evaluation-requested', date: '3/4/2026' },
    ];
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/timeline',
      payload: { jurisdiction: 'US', events },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toBe(
      'events[3].date: expected YYYY-MM-DD, got "3/4/2026"',
    );
    const badAsOf = await t.owner.inject({ method: 'POST', url: '/api/v1/timeline?asOf=tomorrow', payload: specCase });
    expect(badAsOf.statusCode).toBe(400);
    expect(badAsOf.json<{ error: { message: string } }>().error.message).toBe(
      'asOf: expected YYYY-MM-DD, got "tomorrow"',
    );
  });

  it('reads the events and fields the last clocks added, and refuses a meeting purpose it does not know', async () => {
    // DC: an oral referral on Tue 2 Sep 2025, written down on Thu 4 Sep (due Fri 5 Sep, 3 business days).
    const events = [
      { type: 'evaluation-requested', date: '2025-09-02', oral: true },
      { type: 'referral-documented', date: '2025-09-04' },
    ];
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/timeline?asOf=2025-09-30',
      payload: { jurisdiction: 'DC', events },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ deadlines: { rule: string; due: string; status: string }[] }>().deadlines).toContainEqual(
      expect.objectContaining({ rule: 'dc.oral-referral-documented', due: '2025-09-05', status: 'met' }),
    );
    const bad = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/timeline',
      payload: {
        jurisdiction: 'TX',
        events: [{ type: 'meeting-scheduled', date: '2025-10-01', meetingDate: '2025-10-20', purpose: 'yearly' }],
      },
    });
    expect(bad.statusCode).toBe(400);
    expect(bad.json<{ error: { message: string } }>().error.message).toMatch(/^events\[0\]\.purpose: /);
  });

  it('computes a stored child’s deadlines from the recorded events', async () => {
    await t.owner.inject({ method: 'POST', url: '/api/v1/demo' });
    const { students } = (await t.owner.inject({ method: 'GET', url: '/api/v1/students' })).json<{
      students: { id: string; givenName: string }[];
    }>();
    const leo = students.find((s) => s.givenName === 'Leo');
    const timeline = await t.owner.inject({
      method: 'GET',
      url: `/api/v1/students/${leo?.id ?? ''}/timeline`,
    });
    expect(timeline.statusCode).toBe(200);
    const codes = timeline.json<{ findings: { code: string }[] }>().findings.map((f) => f.code);
    // Leo's parents asked for an evaluation; the school started a 504 plan instead (spec finding).
    expect(codes).toContain('504-instead-of-evaluation');
  });
});

describe('POST /api/v1/progress/analyze and /api/v1/goals/check', () => {
  it('analyses the spec test vector', async () => {
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/progress/analyze?asOf=2026-03-10',
      payload: specGoal,
    });
    expect(response.statusCode).toBe(200);
    const body = response.json<{ trend: { slope: number; tukeySlope: number }; status: string }>();
    expect(body.trend.slope).toBeCloseTo(1.4, 6);
    expect(body.trend.tukeySlope).toBe(1.5);
    expect(body.status).toBe('not-on-track');
  });

  it('answers 400 naming the field', async () => {
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/progress/analyze',
      payload: { ...specGoal, points: [{ date: '2026-01-12', value: 'twenty' }] },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<{ error: { message: string } }>().error.message).toMatch(/^points\[0\]\.value: /);
  });

  it('checks a goal', async () => {
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/goals/check',
      payload: { text: 'Sam will improve his reading.' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.json<{ measurable: boolean }>().measurable).toBe(false);
    const empty = await t.owner.inject({ method: 'POST', url: '/api/v1/goals/check', payload: { text: '' } });
    expect(empty.statusCode).toBe(400);
  });
});
