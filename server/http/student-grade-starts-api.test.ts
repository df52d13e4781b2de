import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// A fictional Delaware child born 2 Apr 2011 with an IEP since 1 Sep 2020. Transition content is due
// with the IEP in effect at 14 or on entering grade 8, whichever is first (14 Del. Admin. Code
// 925-20.2): without a dated grade the 14th birthday, 2 Apr 2025, decides; once the first day of
// grade 8 (Mon 26 Aug 2024) is saved on the child's details, that day does.

interface Json {
  [key: string]: unknown;
}
interface Timeline {
  deadlines: { rule: string; due: string | null }[];
}

let t: SignedInTestApp;
let id: string;
beforeAll(async () => {
  t = await createSignedInTestApp();
  const created = await call('POST', '/api/v1/students', {
    givenName: 'Mira',
    familyName: 'Okonkwo',
    birthDate: '2011-04-02',
    jurisdiction: 'DE',
    homeLanguages: ['en'],
  });
  expect(created.status).toBe(201);
  expect(created.body.gradeStarts).toEqual([]);
  id = String(created.body.id);
  const started = await call('POST', `/api/v1/students/${id}/events`, {
    type: 'plan-started',
    date: '2020-09-01',
    framework: 'iep',
  });
  expect(started.status).toBe(201);
});
afterAll(async () => {
  await t.close();
});

async function call(method: 'GET' | 'POST' | 'PATCH', url: string, payload?: unknown) {
  const response = await t.owner.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  return { status: response.statusCode, body: response.json<Json>() };
}

async function transitionDue(): Promise<string | null | undefined> {
  const response = await call('GET', `/api/v1/students/${id}/timeline`);
  expect(response.status).toBe(200);
  return (response.body as unknown as Timeline).deadlines.find((d) => d.rule === 'de.transition-plan')?.due;
}

async function storedTransitionDue(): Promise<string | null> {
  const row = await t.database.db
    .selectFrom('derived_deadlines')
    .select('due')
    .where('student_id', '=', id)
    .where('kind', '=', 'transition-plan')
    .executeTakeFirstOrThrow();
  return row.due;
}

describe("a child's dated grades", () => {
  it('move a grade-triggered deadline once saved, and stay (with the rest) when another field changes', async () => {
    expect(await transitionDue()).toBe('2025-04-02');
    const saved = await call('PATCH', `/api/v1/students/${id}`, {
      gradeStarts: [{ grade: 8, date: '2024-08-26' }],
    });
    expect(saved.status).toBe(200);
    expect(saved.body.gradeStarts).toEqual([{ grade: 8, date: '2024-08-26' }]);
    expect(await transitionDue()).toBe('2024-08-26');
    expect(await storedTransitionDue()).toBe('2024-08-26');
    const other = await call('PATCH', `/api/v1/students/${id}`, { givenName: 'Mira', grade: '9' });
    // A change that names other fields keeps the dates, the birth date and the languages.
    expect(other.body).toMatchObject({
      grade: '9',
      birthDate: '2011-04-02',
      homeLanguages: ['en'],
      gradeStarts: [{ grade: 8, date: '2024-08-26' }],
    });
  });

  it('names the bad row and field, and changes nothing', async () => {
    const cases: [unknown, string, string][] = [
      [
        [
          { grade: 8, date: '2024-08-26' },
          { grade: 8, date: '2025-08-25' },
        ],
        'gradeStarts[1].grade',
        'each grade at most once',
      ],
      [[{ grade: 13, date: '2024-08-26' }], 'gradeStarts[0].grade', 'Too big'],
      [[{ grade: 8, date: '26/08/2024' }], 'gradeStarts[0].date', 'expected YYYY-MM-DD'],
    ];
    for (const [gradeStarts, field, message] of cases) {
      const bad = await call('PATCH', `/api/v1/students/${id}`, { gradeStarts });
      expect(bad.status, field).toBe(400);
      const issues = (bad.body.error as { issues: { field: string; message: string }[] }).issues;
      expect(issues.find((issue) => issue.field === field)?.message, field).toContain(message);
    }
    const read = await call('GET', `/api/v1/students/${id}`);
    expect(read.body.gradeStarts).toEqual([{ grade: 8, date: '2024-08-26' }]);
    expect(await transitionDue()).toBe('2024-08-26');
  });
});
