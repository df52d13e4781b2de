import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeProgress } from '../../core/progress/analyze-progress';
import type { ProgressInput } from '../../core/schemas/progress';
import { hasPoppler, inkOutside, pdfInfo, pdfText, renderFirstPage } from '../../test/helpers/pdf-tools';
import { expectOnlyRefusedWrites, lastAuditSeq } from '../../test/helpers/audit-entries';
import { createSignedInTestApp, type SignedInTestApp } from '../../test/helpers/test-app';

// Goals and progress through HTTP on a real SQLite file: a teacher enters weekly scores, imports more from a
// spreadsheet, records a change in instruction, and prints the progress report. All people are fictional.

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

async function call(method: 'GET' | 'POST' | 'PUT' | 'DELETE', url: string, payload?: unknown) {
  const response = await t.owner.inject({
    method,
    url,
    ...(payload === undefined ? {} : { payload: payload as Json }),
  });
  return {
    status: response.statusCode,
    body: response.body === '' ? ({} as Json) : response.json<Json>(),
  };
}

async function countPoints(): Promise<number> {
  const row = await t.database.db
    .selectFrom('progress_points')
    .select(({ fn }) => fn.countAll<number | string>().as('n'))
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

// The test vector of docs/progress-methods.md 1.6: weeks 1–9 after a baseline of 20 on 5 January 2026, goal 60 on
// 25 May 2026 (20 weeks, 2 per week).
const readingGoal = {
  id: 'goal-reading',
  area: 'Reading fluency',
  statement:
    'By 25 May 2026, given a 3rd-grade passage, Sam will read 60 words correct per minute in 3 of 4 weekly probes.',
  direction: 'increase',
  unit: 'words correct per minute',
  baseline: { value: 20, date: '2026-01-05' },
  target: { value: 60, date: '2026-05-25' },
  measurementMethod: 'Weekly one-minute oral reading fluency probes',
  reportingSchedule: 'Every grading period',
};
const callingOutGoal = {
  id: 'goal-calling-out',
  area: 'Classroom participation',
  statement: 'By 25 May 2026, Sam will raise his hand instead of calling out, calling out at most 2 times a day.',
  direction: 'decrease',
  unit: 'call-outs per day',
  baseline: { value: 12, date: '2026-01-05' },
  target: { value: 2, date: '2026-05-25' },
  measurementMethod: 'Tally by the classroom teacher, one day a week',
};
const unfinishedGoal = {
  id: 'goal-math',
  area: 'Math problem solving',
  statement: 'By 25 May 2026, Sam will solve two-step word problems with 80% accuracy on weekly probes.',
};

/** Sam's first six weekly scores, entered by hand: week 0 (a probe on the baseline day) to week 5. */
const handEntered = [
  { date: '2026-01-05', value: 18, measuredBy: 'Ms. Okafor' },
  { date: '2026-01-12', value: 20, measuredBy: 'Ms. Okafor' },
  { date: '2026-01-19', value: 24, measuredBy: 'Ms. Okafor' },
  { date: '2026-01-26', value: 22, measuredBy: 'Ms. Okafor' },
  { date: '2026-02-02', value: 27, measuredBy: 'Ms. Okafor' },
  { date: '2026-02-09', value: 25, measuredBy: 'Ms. Okafor' },
];

const badCsv = [
  'Date,Score,Note,Measured by',
  '2026-02-16,29,,Ms. Okafor',
  '2/23/2026,31,,Ms. Okafor',
  '2026-03-02,28,"Tired after a field trip, re-probed Friday",Ms. Okafor',
  '2026-03-09,33,,Ms. Okafor',
].join('\r\n');
/** The same file fixed, starting one week earlier with a score already entered by hand (skipped). */
const fixedCsv = [
  'Date,Score,Note,Measured by',
  '2026-02-09,25,,Ms. Okafor',
  '2026-02-16,29,,Ms. Okafor',
  '2026-02-23,31,,Ms. Okafor',
  '2026-03-02,28,"Tired after a field trip, re-probed Friday",Ms. Okafor',
  '2026-03-09,33,,Ms. Okafor',
].join('\r\n');

let studentId = '';
let planId = '';
let pointsUrl = '';
let progressUrl = '';

beforeAll(async () => {
  const student = await call('POST', '/api/v1/students', {
    givenName: 'Sam',
    familyName: 'Delgado',
    birthDate: '2017-04-02',
    jurisdiction: 'OR',
    school: 'Maple Grove Elementary (fictional)',
    grade: '3',
  });
  expect(student.status).toBe(201);
  studentId = String(student.body.id);
  const plan = await call('POST', `/api/v1/students/${studentId}/plans`, {
    framework: 'iep',
    content: { goals: [readingGoal, callingOutGoal, unfinishedGoal] },
  });
  expect(plan.status, JSON.stringify(plan.body)).toBe(201);
  planId = String(plan.body.id);
  const versionId = (plan.body.versions as { id: string }[])[0]?.id ?? '';
  const final = await call('POST', `/api/v1/plans/${planId}/versions/${versionId}/finalize`, {
    effectiveFrom: '2026-01-05',
  });
  expect(final.status).toBe(200);
  pointsUrl = `/api/v1/plans/${planId}/goals/goal-reading/points`;
  progressUrl = `/api/v1/plans/${planId}/goals/goal-reading/progress`;
});

/** The input the server should have analysed: the reading goal with every score recorded so far. */
function expectedInput(points: { date: string; value: number }[], phaseChanges: string[]): ProgressInput {
  return {
    direction: 'increase',
    baseline: { date: '2026-01-05', value: 20 },
    goal: { date: '2026-05-25', value: 60 },
    points,
    phaseChanges,
    introduced: true,
    unit: 'words correct per minute',
  };
}

describe('a teacher records progress on a reading goal', () => {
  it('enters six weekly scores by hand, then imports four more from a CSV after fixing one bad row', async () => {
    for (const point of handEntered) {
      const added = await call('POST', pointsUrl, point);
      expect(added.status, JSON.stringify(added.body)).toBe(201);
      expect(added.body).toMatchObject({ ...point, goalId: 'goal-reading', planId, studentId, note: null });
    }
    expect(await countPoints()).toBe(6);

    // Step 1 with the bad file: where the problem is, and nothing written.
    const preview = await call('POST', `${pointsUrl}/import?dryRun=true`, { csv: badCsv });
    expect(preview.status).toBe(200);
    expect(preview.body).toEqual({
      canCommit: false,
      errors: [
        {
          row: 3,
          column: 'Date',
          message: 'expected YYYY-MM-DD, got "2/23/2026"',
          code: 'date',
          params: { got: '"2/23/2026"' },
        },
      ],
      rows: [],
      counts: { new: 0, alreadyRecorded: 0, conflict: 0 },
    });
    const beforeRefusal = await lastAuditSeq(t.database.db);
    const refused = await call('POST', `${pointsUrl}/import?dryRun=false`, { csv: badCsv });
    expect(refused.status).toBe(400);
    expect(refused.body).toMatchObject({
      error: {
        code: 'invalid-input',
        message: 'csv: row 3, Date: expected YYYY-MM-DD, got "2/23/2026"',
        issues: [
          {
            field: 'csv',
            message: 'row 3, Date: expected YYYY-MM-DD, got "2/23/2026"',
            code: 'date',
            params: { got: '"2/23/2026"', row: 3, column: 'Date' },
          },
        ],
      },
    });
    expect(await countPoints()).toBe(6);
    await expectOnlyRefusedWrites(t.database.db, beforeRefusal, 1);

    // The fixed file: one row already recorded (same score, skipped), four new.
    const fixed = await call('POST', `${pointsUrl}/import`, { csv: fixedCsv });
    expect(fixed.status).toBe(200);
    expect(fixed.body).toMatchObject({
      canCommit: true,
      errors: [],
      counts: { new: 4, alreadyRecorded: 1, conflict: 0 },
    });
    const rows = fixed.body.rows as {
      date: string;
      status: string;
      recorded: { value: number } | null;
      note: string | null;
    }[];
    expect(rows.map((r) => [r.date, r.status])).toEqual([
      ['2026-02-09', 'already-recorded'],
      ['2026-02-16', 'new'],
      ['2026-02-23', 'new'],
      ['2026-03-02', 'new'],
      ['2026-03-09', 'new'],
    ]);
    expect(rows[0]?.recorded?.value).toBe(25);
    expect(rows[3]?.note).toBe('Tired after a field trip, re-probed Friday');
    expect(await countPoints()).toBe(6);

    const committed = await call('POST', `${pointsUrl}/import?dryRun=false`, { csv: fixedCsv });
    expect(committed.status, JSON.stringify(committed.body)).toBe(201);
    expect(committed.body.alreadyRecorded).toBe(1);
    expect((committed.body.added as { date: string }[]).map((p) => p.date)).toEqual([
      '2026-02-16',
      '2026-02-23',
      '2026-03-02',
      '2026-03-09',
    ]);
    const list = await call('GET', pointsUrl);
    expect((list.body.points as { value: number }[]).map((p) => p.value)).toEqual([
      18, 20, 24, 22, 27, 25, 29, 31, 28, 33,
    ]);

    // Importing the same file again is harmless: every row is already recorded.
    const again = await call('POST', `${pointsUrl}/import?dryRun=false`, { csv: fixedCsv });
    expect(again.status).toBe(201);
    expect(again.body).toEqual({ added: [], alreadyRecorded: 5 });
    expect(await countPoints()).toBe(10);
  });

  it('refuses a file that contradicts a recorded score, naming the date, and writes nothing', async () => {
    const csv = 'date,value\n2026-03-16,35\n2026-02-09,26\n';
    const preview = await call('POST', `${pointsUrl}/import?dryRun=true`, { csv });
    expect(preview.body).toMatchObject({ canCommit: false, counts: { new: 1, alreadyRecorded: 0, conflict: 1 } });
    expect((preview.body.rows as { status: string; recorded: unknown }[])[1]).toMatchObject({
      status: 'conflict',
      recorded: { value: 25 },
    });
    const beforeCommit = await lastAuditSeq(t.database.db);
    const commit = await call('POST', `${pointsUrl}/import?dryRun=false`, { csv });
    expect(commit.status).toBe(409);
    expect(commit.body).toMatchObject({ error: { code: 'conflict', issues: [{ field: 'csv' }] } });
    expect(JSON.stringify(commit.body)).toContain('2026-02-09');
    expect(await countPoints()).toBe(10);
    await expectOnlyRefusedWrites(t.database.db, beforeCommit, 1);
  });

  it('answers the goal status with the spec numbers, and a phase change changes which points are used', async () => {
    const all = [...handEntered, { date: '2026-02-16', value: 29 }, { date: '2026-02-23', value: 31 }];
    const points = [...all, { date: '2026-03-02', value: 28 }, { date: '2026-03-09', value: 33 }].map((p) => ({
      date: p.date,
      value: p.value,
    }));

    const before = await call('GET', `${progressUrl}?asOf=2026-03-09`);
    expect(before.status, JSON.stringify(before.body)).toBe(200);
    const beforeAnalysis = before.body.analysis as { pointsUsed: number };
    expect(beforeAnalysis.pointsUsed).toBe(10);
    expect(before.body.analysis).toEqual(
      JSON.parse(JSON.stringify(analyzeProgress(expectedInput(points, []), '2026-03-09'))),
    );

    const phase = await call('POST', `/api/v1/plans/${planId}/goals/goal-reading/phase-changes`, {
      date: '2026-01-05',
      label: 'Began small-group fluency instruction',
    });
    expect(phase.status, JSON.stringify(phase.body)).toBe(201);

    const after = await call('GET', `${progressUrl}?asOf=2026-03-09`);
    expect(after.status).toBe(200);
    const analysis = after.body.analysis as {
      pointsUsed: number;
      goalSlope: number;
      trend: { slope: number; intercept: number; see: number; slopeSe: number; tukeySlope: number };
      projection: number;
      rules: unknown;
      status: string;
      explanation: string;
    };
    // The spec's test vector: weeks 1–9 are the points after the phase change on the baseline day.
    expect(analysis.pointsUsed).toBe(9);
    expect(analysis.goalSlope).toBeCloseTo(2, 12);
    expect(analysis.trend.slope.toFixed(3)).toBe('1.400');
    expect(analysis.trend.intercept.toFixed(3)).toBe('19.556');
    expect(analysis.trend.see.toFixed(3)).toBe('1.875');
    expect(analysis.trend.slopeSe.toFixed(3)).toBe('0.242');
    expect(analysis.trend.tukeySlope).toBeCloseTo(1.5, 12);
    expect(analysis.rules).toEqual({ fourPoint: 'change-instruction', trend: 'change-instruction' });
    expect(analysis.status).toBe('not-on-track');
    expect(analysis.explanation).toBe(
      'Not making sufficient progress to meet the goal: the last 4 scores (29, 31, 28, 33) are all below the goal line, and the trend of 1.4 per week (95% interval 0.83 to 1.97) falls short of the 2 per week the goal needs; at this rate the score would be 47.56 on 25 May 2026 (goal: 60).',
    );
    expect(after.body.analysis).toEqual(
      JSON.parse(JSON.stringify(analyzeProgress(expectedInput(points, ['2026-01-05']), '2026-03-09'))),
    );
    expect(after.body).toMatchObject({
      planId,
      versionNumber: 1,
      goal: { id: 'goal-reading', unit: 'words correct per minute' },
      input: { phaseChanges: ['2026-01-05'] },
      label: { labelSet: 'federal', code: null, text: 'not making sufficient progress to meet the goal' },
    });
    expect(after.body.chartSvg).toMatch(/^<svg [^>]*role="img"/);
    const alternative = after.body.textAlternative as { rows: { isUsed: boolean }[]; sentence: string };
    expect(alternative.rows.map((r) => r.isUsed)).toEqual([
      false,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(alternative.sentence).toBe(analysis.explanation);
    expect((after.body.phaseChanges as { label: string }[])[0]?.label).toBe('Began small-group fluency instruction');

    // The same status in Spanish and in Connecticut's words.
    const spanish = await call('GET', `${progressUrl}?asOf=2026-03-09&language=es&labelSet=connecticut`);
    expect(spanish.body.label).toEqual({
      labelSet: 'connecticut',
      code: null,
      text: 'Progreso limitado o mínimo',
      advice: null,
    });
    expect((spanish.body.textAlternative as { sentence: string }).sentence).toMatch(/^No avanza lo suficiente/);
    expect(spanish.body.chartSvg).toContain('Línea de la meta');

    // And in Vietnamese, Chinese and Arabic: the label, the sentence and the graph's words.
    const vietnamese = await call('GET', `${progressUrl}?asOf=2026-03-09&language=vi`);
    expect((vietnamese.body.label as { text: string }).text).toBe('chưa tiến bộ đủ để đạt mục tiêu');
    expect((vietnamese.body.textAlternative as { sentence: string }).sentence).toMatch(/^Chưa tiến bộ đủ để đạt/);
    const chinese = await call('GET', `${progressUrl}?asOf=2026-03-09&language=zh-Hans`);
    expect((chinese.body.textAlternative as { sentence: string }).sentence).toMatch(/^进展不足以达成目标：/);
    expect(chinese.body.chartSvg).toContain('目标线');
    const arabic = await call('GET', `${progressUrl}?asOf=2026-03-09&language=ar`);
    expect((arabic.body.analysis as { explanations: { ar: string } }).explanations.ar).toMatch(/^لا يحرز تقدمًا كافيًا/);
    expect(arabic.body.chartSvg).toContain('خط الهدف');

    // Before week 3 there is not enough data to judge.
    const early = await call('GET', `${progressUrl}?asOf=2026-01-19`);
    expect(early.body.analysis).toMatchObject({ pointsUsed: 2, status: 'insufficient-data' });
    const notStarted = await call('GET', `${progressUrl}?asOf=2026-03-09&introduced=false`);
    expect(notStarted.body.analysis).toMatchObject({ status: 'not-introduced' });

    // Removing the phase change puts week 0 back into the trend; the history keeps it.
    const phaseId = String(phase.body.id);
    expect((await call('DELETE', `/api/v1/phase-changes/${phaseId}`)).status).toBe(204);
    const without = await call('GET', `${progressUrl}?asOf=2026-03-09`);
    expect((without.body.analysis as { pointsUsed: number }).pointsUsed).toBe(10);
    const history = await call('GET', `/api/v1/phase-changes/${phaseId}/history`);
    expect((history.body.history as { action: string }[]).map((h) => h.action)).toEqual(['create', 'delete']);
    const restored = await call('POST', `/api/v1/plans/${planId}/goals/goal-reading/phase-changes`, {
      date: '2026-01-05',
      label: 'Began small-group fluency instruction',
    });
    expect(restored.status).toBe(201);
  });

  it('corrects and deletes a score, keeping every state in the history; one score per goal per day', async () => {
    const url = `/api/v1/plans/${planId}/goals/goal-calling-out/points`;
    const added = await call('POST', url, { date: '2026-01-12', value: 11, note: 'First tally' });
    expect(added.status).toBe(201);
    const id = String(added.body.id);

    const duplicate = await call('POST', url, { date: '2026-01-12', value: 9 });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body).toMatchObject({ error: { code: 'conflict', issues: [{ field: 'date' }] } });

    const corrected = await call('PUT', `/api/v1/progress-points/${id}`, { date: '2026-01-12', value: 10 });
    expect(corrected.status).toBe(200);
    expect(corrected.body).toMatchObject({ id, value: 10, note: null, createdAt: added.body.createdAt });

    expect((await call('DELETE', `/api/v1/progress-points/${id}`)).status).toBe(204);
    expect((await call('GET', url)).body).toEqual({ points: [] });
    const history = await call('GET', `/api/v1/progress-points/${id}/history`);
    expect(
      (history.body.history as { action: string; data: { value: number } }[]).map((h) => [h.action, h.data.value]),
    ).toEqual([
      ['create', 11],
      ['update', 10],
      ['delete', 10],
    ]);
    expect((await call('PUT', `/api/v1/progress-points/${id}`, { date: '2026-01-12', value: 10 })).status).toBe(404);

    // Three tallies for the report: too few to judge yet.
    for (const [date, value, note] of [
      ['2026-02-04', 10, ''],
      ['2026-02-11', 9, 'Calm day after a class meeting'],
      ['2026-02-18', 8, ''],
    ] as const) {
      expect((await call('POST', url, { date, value, note, measuredBy: 'Mr. Lindqvist' })).status).toBe(201);
    }

    // Correcting a score onto a date that already has one is refused too.
    const points = (await call('GET', url)).body.points as { id: string }[];
    const moved = await call('PUT', `/api/v1/progress-points/${points[0]?.id ?? ''}`, {
      date: '2026-02-11',
      value: 10,
    });
    expect(moved.status).toBe(409);
  });
});

describe('bad requests', () => {
  it('answers 400 naming the field, and writes nothing', async () => {
    const before = await countPoints();
    const seq = await lastAuditSeq(t.database.db);
    const badDate = await call('POST', pointsUrl, { date: '3/4/2026', value: 30 });
    expect(badDate.status).toBe(400);
    expect(badDate.body).toMatchObject({
      error: { code: 'invalid-input', message: 'date: expected YYYY-MM-DD, got "3/4/2026"' },
    });
    const badValue = await call('POST', pointsUrl, { date: '2026-03-16', value: 'n/a' });
    expect(badValue.body).toMatchObject({ error: { message: 'value: expected a number, got "n/a"' } });
    const noLabel = await call('POST', `/api/v1/plans/${planId}/goals/goal-reading/phase-changes`, {
      date: '2026-03-16',
      label: ' ',
    });
    expect(noLabel.status).toBe(400);
    expect(noLabel.body).toMatchObject({ error: { issues: [{ field: 'label' }] } });
    const noCsv = await call('POST', `${pointsUrl}/import`, { text: 'date,value' });
    expect(noCsv.body).toMatchObject({ error: { message: 'csv: expected the CSV file as text' } });
    const badDryRun = await call('POST', `${pointsUrl}/import?dryRun=maybe`, { csv: fixedCsv });
    expect(badDryRun.body).toMatchObject({ error: { message: 'dryRun: expected true or false' } });
    const badLanguage = await call('GET', `${progressUrl}?language=fr`);
    expect(badLanguage.body).toMatchObject({ error: { message: 'language: expected one of en, es, vi, zh-Hans, ar' } });
    const badAsOf = await call('GET', `${progressUrl}?asOf=2026-02-30`);
    expect(badAsOf.status).toBe(400);
    const badPeriod = await call('GET', `/api/v1/plans/${planId}/progress-report.pdf?from=2026-03-10&to=2026-03-09`);
    expect(badPeriod.body).toMatchObject({ error: { message: 'from: expected a date on or before to (2026-03-09)' } });
    expect(await countPoints()).toBe(before);
    await expectOnlyRefusedWrites(t.database.db, seq, 5);
  });

  it('answers 404 for an unknown plan, goal, score or phase change, and for a 504 plan', async () => {
    expect((await call('GET', '/api/v1/plans/no-such-plan/goals/goal-reading/points')).body).toMatchObject({
      error: { code: 'not-found', message: 'plan not found' },
    });
    const unknownGoal = await call('POST', `/api/v1/plans/${planId}/goals/no-such-goal/points`, {
      date: '2026-03-16',
      value: 30,
    });
    expect(unknownGoal.status).toBe(404);
    expect(unknownGoal.body).toMatchObject({ error: { message: 'goal not found' } });
    expect((await call('GET', `/api/v1/plans/${planId}/goals/no-such-goal/progress`)).status).toBe(404);
    expect((await call('DELETE', '/api/v1/progress-points/no-such-point')).status).toBe(404);
    expect((await call('DELETE', '/api/v1/phase-changes/no-such-change')).status).toBe(404);
    expect((await call('GET', '/api/v1/plans/no-such-plan/progress-report.pdf')).status).toBe(404);

    const plan504 = await call('POST', `/api/v1/students/${studentId}/plans`, { framework: '504' });
    expect(plan504.status).toBe(201);
    const onA504 = await call('GET', `/api/v1/plans/${String(plan504.body.id)}/goals/goal-reading/points`);
    expect(onA504.status).toBe(404);
    expect(onA504.body).toMatchObject({ error: { message: 'goal not found: a 504 plan has no goals' } });
  });

  it('says what an IEP goal lacks before its progress can be judged', async () => {
    const response = await call('GET', `/api/v1/plans/${planId}/goals/goal-math/progress?asOf=2026-03-09`);
    expect(response.status).toBe(409);
    const error = response.body.error as { code: string; message: string; issues: { field: string }[] };
    expect(error.code).toBe('conflict');
    expect(error.message).toMatch(/^The IEP goal has no baseline value .* and no target date; add them/);
    const fields = error.issues.map((i) => i.field);
    expect(fields).toEqual(['baseline.value', 'baseline.date', 'target.value', 'target.date']);
  });

  it('lists the routes in the OpenAPI document', async () => {
    const response = await t.owner.inject({ method: 'GET', url: '/api/v1/openapi.json' });
    expect(response.statusCode).toBe(200);
    const paths = Object.keys(response.json<{ paths: Record<string, unknown> }>().paths);
    expect(paths).toEqual(
      expect.arrayContaining([
        '/api/v1/plans/{id}/goals/{goalId}/progress',
        '/api/v1/plans/{id}/goals/{goalId}/points/import',
        '/api/v1/plans/{id}/progress-report.pdf',
      ]),
    );
  });
});

describe('the progress report PDF', () => {
  const normalized = (text: string): string => text.replace(/\s+/g, ' ');

  it.skipIf(!hasPoppler())(
    'is US Letter with the student, every goal statement and its status in words, and no ink in the margins',
    async () => {
      const response = await t.owner.inject({
        method: 'GET',
        url: `/api/v1/plans/${planId}/progress-report.pdf?from=2026-02-01&to=2026-03-09`,
      });
      expect(response.statusCode, response.body).toBe(200);
      expect(response.headers['content-type']).toBe('application/pdf');
      const pdf = response.rawPayload;
      const info = pdfInfo(pdf);
      expect(info['Page size']).toMatch(/^612 x 792 pts/);
      expect(info.Title).toBe('Progress report: Sam Delgado (1 February 2026 to 9 March 2026)');
      const text = normalized(pdfText(pdf));
      expect(text).toContain('Sam Delgado');
      for (const goal of [readingGoal, callingOutGoal, unfinishedGoal]) expect(text).toContain(goal.statement);
      expect(text).toContain('not making sufficient progress to meet the goal');
      expect(text).toContain('progress not measurable at this time');
      expect(text).toContain('The IEP goal has no baseline value');
      expect(text).toContain('four-point rule, change instruction; trend rule, change instruction');
      expect(text).toContain('Trend: 1.4 per week (95% interval 0.83 to 1.97)');
      // The period's scores and comments only.
      expect(text).toContain('2 March 2026');
      expect(text).toContain('Tired after a field trip, re-probed Friday');
      expect(text).toContain('Calm day after a class meeting');
      expect(text).not.toContain('26 January 2026');
      expect(inkOutside(renderFirstPage(pdf), 25)).toBe(0);
    },
  );

  it.skipIf(!hasPoppler())('speaks Spanish when asked', async () => {
    const response = await t.owner.inject({
      method: 'GET',
      url: `/api/v1/plans/${planId}/progress-report.pdf?from=2026-02-01&to=2026-03-09&language=es`,
    });
    expect(response.statusCode).toBe(200);
    const pdf = response.rawPayload;
    expect(pdfInfo(pdf).Title).toBe(
      'Informe de progreso: Sam Delgado (del 1 de febrero de 2026 al 9 de marzo de 2026)',
    );
    const text = normalized(pdfText(pdf));
    expect(text).toContain('Informe de progreso');
    expect(text).toContain('Sam Delgado');
    for (const goal of [readingGoal, callingOutGoal, unfinishedGoal]) expect(text).toContain(goal.statement);
    expect(text).toContain('no avanza lo suficiente para alcanzar la meta');
    expect(text).toContain('el progreso no se puede medir por ahora');
    expect(text).toContain('La meta del IEP no tiene valor de línea de base');
    expect(text).toContain('2 de marzo de 2026');
    expect(inkOutside(renderFirstPage(pdf), 25)).toBe(0);
  });

  it.skipIf(!hasPoppler())(
    'speaks Vietnamese when asked: the status as the page says it, the goals as the school wrote them',
    async () => {
      // The page's own words for the reading goal's status in Vietnamese, from the same server.
      const page = await call('GET', `${progressUrl}?asOf=2026-03-09&language=vi`);
      const status = (page.body.label as { text: string }).text;
      const response = await t.owner.inject({
        method: 'GET',
        url: `/api/v1/plans/${planId}/progress-report.pdf?from=2026-02-01&to=2026-03-09&language=vi`,
      });
      expect(response.statusCode).toBe(200);
      const pdf = response.rawPayload;
      const info = pdfInfo(pdf);
      expect(info.Title).toContain('Sam Delgado');
      expect(info.Title).not.toContain('Progress report');
      const text = normalized(pdfText(pdf));
      expect(text).toContain(status);
      // Goal statements are writing-language text (docs/decisions/0045): kept as written.
      for (const goal of [readingGoal, callingOutGoal, unfinishedGoal]) expect(text).toContain(goal.statement);
      expect(text).not.toContain('not making sufficient progress');
      expect(inkOutside(renderFirstPage(pdf), 25)).toBe(0);
    },
  );
});
