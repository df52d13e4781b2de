import { randomUUID } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addChild } from '../helpers/route-matrix';
import { createSignedInTestApp, type SignedInTestApp } from '../helpers/test-app';

// Issue 13, point 4: bad input is a 400 naming the field, never a 500 — on SQLite and on PostgreSQL, which
// refuses NUL in text. Text that is odd but valid (right-to-left, emoji) is kept exactly. Fictional people only.

interface ErrorBody {
  error: { code: string; message: string; issues?: { field: string; message: string }[] };
}

let t: SignedInTestApp;
let studentId: string;
let planId: string;
let versionId: string;

const GOAL = {
  id: 'g-read',
  area: 'Reading fluency',
  statement: 'Given a grade-level passage, Lina will read 80 words correct per minute.',
  direction: 'increase',
  baseline: { value: 40, date: '2026-01-05' },
  target: { value: 80, date: '2026-06-01' },
};

beforeAll(async () => {
  t = await createSignedInTestApp();
  studentId = (await addChild(t.owner, 'Lina', 'Haddad', 'Juniper Elementary (fictional)')).id;
  const plan = await t.owner.inject({
    method: 'POST',
    url: `/api/v1/students/${studentId}/plans`,
    payload: { framework: 'iep', content: { goals: [GOAL] } },
  });
  const body = plan.json<{ id: string; versions: { id: string }[] }>();
  planId = body.id;
  versionId = body.versions[0]?.id ?? '';
});
afterAll(async () => {
  await t.close();
});

function issuesOf(body: string): { field: string; message: string }[] {
  return (JSON.parse(body) as ErrorBody).error.issues ?? [];
}

async function planContent(): Promise<unknown> {
  const response = await t.owner.inject({ method: 'GET', url: `/api/v1/plans/${planId}` });
  return response.json<{ versions: { content: unknown }[] }>().versions[0]?.content;
}

describe('NUL and lone surrogates', () => {
  it('refuses NUL deep in a body with a 400 naming the field, and writes nothing', async () => {
    const before = await planContent();
    const goals = [GOAL, { ...GOAL, id: 'g-2' }, { ...GOAL, id: 'g-3', statement: 'Lina will\u0000 read.' }];
    const response = await t.owner.inject({
      method: 'PUT',
      url: `/api/v1/plans/${planId}/versions/${versionId}/content`,
      payload: { content: { goals } },
    });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response.body)).toEqual([
      { field: 'content.goals[2].statement', message: 'must not contain the NUL character (U+0000)' },
    ]);
    expect(await planContent()).toEqual(before);
  });

  it('refuses a lone surrogate in a body, a NUL in a path parameter and in a query value', async () => {
    const surrogate = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/comments`,
      headers: { 'content-type': 'application/json' },
      payload: '{"body":"half a pair: \\ud83d"}',
    });
    expect(surrogate.statusCode).toBe(400);
    expect(issuesOf(surrogate.body)[0]?.field).toBe('body');

    const path = await t.owner.inject({ method: 'GET', url: '/api/v1/meetings/a%00b' });
    expect(path.statusCode).toBe(400);
    expect(issuesOf(path.body)[0]?.field).toBe('id');

    const query = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/timeline?asOf=%00` });
    expect(query.statusCode).toBe(400);
    expect(issuesOf(query.body)[0]?.field).toBe('asOf');
  });

  it('keeps right-to-left text and emoji exactly as written', async () => {
    const text = '\u200fשלום, مرحبا — 👩‍👧 reads at home 📚';
    const created = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/students/${studentId}/comments`,
      payload: { body: text },
    });
    expect(created.statusCode).toBe(201);
    const list = await t.owner.inject({ method: 'GET', url: `/api/v1/students/${studentId}/comments` });
    expect(list.body).toContain(JSON.stringify(text).slice(1, -1));
  });
});

describe('size and depth', () => {
  it('refuses JSON nested 100,000 levels deep at the parser, naming the body', async () => {
    const response = await t.owner.inject({
      method: 'POST',
      url: '/api/v1/progress/analyze',
      headers: { 'content-type': 'application/json' },
      payload: '['.repeat(100_000) + ']'.repeat(100_000),
    });
    expect(response.statusCode).toBe(400);
    expect(response.json<ErrorBody>().error.code).toBe('invalid-input');
    expect(issuesOf(response.body)[0]?.field).toBe('(root)');
  });

  it('answers a 900 KB field with a short 400 that quotes only its start', async () => {
    for (const [url, payload] of [
      [
        '/api/v1/progress/analyze',
        { direction: 'x'.repeat(900_000), baseline: { date: '2026-01-05', value: 1 }, goal: {}, points: [] },
      ],
      ['/api/v1/letters/compose', { jurisdiction: 'CA', input: { kind: 'x'.repeat(900_000) } }],
    ] as const) {
      const response = await t.owner.inject({ method: 'POST', url, payload });
      expect(response.statusCode).toBe(400);
      expect(response.body.length).toBeLessThan(2_000);
    }
  });
});

describe('numbers a field can mean', () => {
  it('refuses a score of 1e308 and a goal baseline of -1e308', async () => {
    const point = await t.owner.inject({
      method: 'POST',
      url: `/api/v1/plans/${planId}/goals/g-read/points`,
      payload: { date: '2026-02-02', value: 1e308 },
    });
    expect(point.statusCode).toBe(400);
    expect(issuesOf(point.body)[0]?.field).toBe('value');
    const content = await t.owner.inject({
      method: 'PUT',
      url: `/api/v1/plans/${planId}/versions/${versionId}/content`,
      payload: { content: { goals: [{ ...GOAL, baseline: { value: -1e308, date: '2026-01-05' } }] } },
    });
    expect(content.statusCode).toBe(400);
    expect(issuesOf(content.body)[0]?.field).toBe('content.goals[0].baseline.value');
  });

  it('reads scores stored before the bound without a 500: the page names the score, the plan reads', async () => {
    const at = new Date().toISOString();
    await t.database.db
      .insertInto('progress_points')
      .values({
        id: randomUUID(),
        student_id: studentId,
        plan_id: planId,
        goal_id: 'g-read',
        date: '2026-01-12',
        value: 1e308,
        note: null,
        measured_by: null,
        created_at: at,
        updated_at: at,
      })
      .execute();
    const progress = await t.owner.inject({
      method: 'GET',
      url: `/api/v1/plans/${planId}/goals/g-read/progress?asOf=2026-03-02&versionId=${versionId}`,
    });
    expect(progress.statusCode).toBe(409);
    expect(issuesOf(progress.body)).toContainEqual({
      field: 'points',
      message: 'the IEP goal has a stored score outside -1,000,000 to 1,000,000 (correct or delete it)',
    });

    const stored = { goals: [{ ...GOAL, baseline: { value: 1e308, date: '2026-01-05' } }] };
    await t.database.db
      .updateTable('plan_versions')
      .set({ content: JSON.stringify(stored) })
      .where('id', '=', versionId)
      .execute();
    const plan = await t.owner.inject({ method: 'GET', url: `/api/v1/plans/${planId}` });
    expect(plan.statusCode).toBe(200);
    expect(
      plan.json<{ versions: { content: { goals: { baseline: unknown }[] } }[] }>().versions[0]?.content.goals[0]
        ?.baseline,
    ).toEqual({
      value: null,
      date: '2026-01-05',
    });
  });

  it('refuses a page number past any caseload', async () => {
    const response = await t.owner.inject({ method: 'GET', url: '/api/v1/caseload?page=1e300' });
    expect(response.statusCode).toBe(400);
    expect(issuesOf(response.body)[0]?.field).toBe('page');
  });
});
