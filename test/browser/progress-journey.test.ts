import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { formatLongDate } from '../../core/calendar/format-long-date';
import { demoFamily } from '../../core/demo/demo-family';
import { iepContentSchema } from '../../core/schemas/iep';
import { TEST_CLOCK } from '../helpers/test-app';

// A teacher and a parent on the demo family's reading goal (which brings its own weekly scores up to last week),
// on the real server and a real Chromium: six weekly
// scores through the form, four more from a spreadsheet (after a bad row is caught and fixed), the graph with
// its status in words and its table, and the progress report PDF. The Rivera family and every score are
// fictional. The server's clock is fixed at 28 November 2026.

const GOAL_ID = 'demo-goal-reading';
// The demo family as the server loads it on its fixed today: its reading goal and the scores it already has.
const DEMO_MAYA = demoFamily(TEST_CLOCK.today()).students[0];
const DEMO_READING = DEMO_MAYA?.progress.find((g) => g.goalId === GOAL_ID) ?? { goalId: GOAL_ID, points: [] };
const readingGoal = iepContentSchema
  .parse(DEMO_MAYA?.plan.versions.at(-1)?.content)
  .goals.find((g) => g.id === GOAL_ID) ?? { statement: 'missing' };

const WEEKLY_SCORES = [
  { date: '2026-09-07', value: '70', shown: '7 September 2026' },
  { date: '2026-09-14', value: '72', shown: '14 September 2026' },
  { date: '2026-09-21', value: '71', shown: '21 September 2026' },
  { date: '2026-09-28', value: '75', shown: '28 September 2026' },
  { date: '2026-10-05', value: '77', shown: '5 October 2026' },
  { date: '2026-10-12', value: '78', shown: '12 October 2026' },
] as const;

const CSV_WITH_A_BAD_ROW = [
  'date,value,note,measured_by',
  '2026-10-19,80,,Ms. Ortega (fictional)',
  '2026-10-26,about 81,,Ms. Ortega (fictional)',
  '2026-11-02,83,new passage,Ms. Ortega (fictional)',
  '2026-11-09,85,,Ms. Ortega (fictional)',
].join('\n');

const CSV_FIXED = CSV_WITH_A_BAD_ROW.replace('about 81', '81');

async function countPoints(session: BrowserSession, planId: string): Promise<number> {
  const response = await session.page.request.get(`${session.baseUrl}/api/v1/plans/${planId}/goals/${GOAL_ID}/points`);
  const body = (await response.json()) as { points: unknown[] };
  return body.points.length;
}

function liveText(page: Page, section: string) {
  return page.locator(`section[aria-labelledby="${section}"] [role="status"]`);
}

describe.skipIf(!canRunBrowser)("journey: progress on Maya's reading goal, from scores to the report", () => {
  let session: BrowserSession;
  let planId = '';
  let progressUrl = '';
  let demoScores = 0;

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
  });
  afterAll(async () => {
    await session.close();
  });

  it("loads the demo family and opens the reading goal's progress page", async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Load the demo family' }).click();
    await page.waitForURL('**/children');
    const students = (await (await page.request.get(`${baseUrl}/api/v1/students`)).json()) as {
      students: { id: string; givenName: string }[];
    };
    const maya = students.students.find((s) => s.givenName === 'Maya');
    expect(maya).toBeDefined();
    const plans = (await (await page.request.get(`${baseUrl}/api/v1/students/${maya?.id ?? ''}/plans`)).json()) as {
      plans: { id: string; framework: string }[];
    };
    planId = plans.plans.find((p) => p.framework === 'iep')?.id ?? '';
    expect(planId).not.toBe('');

    progressUrl = `${baseUrl}/plans/${planId}/goals/${GOAL_ID}/progress`;
    await page.goto(progressUrl);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Progress: Reading fluency');
    await expect.poll(() => page.title()).toBe('Progress: Reading fluency · Maya Rivera · Binder');
    // The demo's goal as the amendment set it, with the weekly scores the demo brings up to last week.
    expect(await page.locator('.goal-statement').textContent()).toContain(readingGoal.statement);
    demoScores = await countPoints(session, planId);
    expect(demoScores).toBe(DEMO_READING.points.length);
    await expect.poll(() => page.locator('.progress-data tbody tr').count()).toBe(demoScores);
    await expect.poll(() => page.locator('figure svg[role="img"]').count()).toBe(1);
    expect(await page.getByRole('link', { name: "← Back to Maya Rivera's goals" }).getAttribute('href')).toMatch(
      /^\/students\/[^/]+\/goals$/,
    );
    await expectNoAxeViolations(page, 'the goal progress page with the demo scores');
  });

  it('names each field to fix, and refuses a second score on the same day', async () => {
    const { page } = session;
    await page.locator('#progress-point-date').fill('2026-09-07');
    await page.getByRole('button', { name: 'Save the score' }).click();
    const summary = page.locator('form[aria-labelledby="progress-point-title"] .error-summary');
    await expect.poll(() => summary.textContent()).toContain('There is 1 problem to fix');
    expect(await summary.textContent()).toContain('Score (words correct per minute): Enter the score.');
    expect(await page.locator('#progress-point-value').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('#progress-point-value-error').textContent()).toBe('Error: Enter the score.');
    await expectNoAxeViolations(page, 'the score form with an error');
  });

  it('lets a teacher enter six weekly scores through the form', async () => {
    const { page } = session;
    await page.locator('#progress-point-measuredBy').fill('Ms. Ortega (fictional)');
    for (const score of WEEKLY_SCORES) {
      await page.locator('#progress-point-date').fill(score.date);
      await page.locator('#progress-point-value').fill(score.value);
      await page.getByRole('button', { name: 'Save the score' }).click();
      await expect
        .poll(() => page.locator('form[aria-labelledby="progress-point-title"] [role="status"]').textContent())
        .toContain(`Saved: ${score.value} on ${score.shown}.`);
    }
    expect(await countPoints(session, planId)).toBe(demoScores + 6);
    await expect
      .poll(() => page.locator('section[aria-labelledby="progress-points-title"] tbody tr').count())
      .toBe(demoScores + 6);

    // The same date again: the server refuses it and the form says so beside the date.
    await page.locator('#progress-point-date').fill('2026-10-12');
    await page.locator('#progress-point-value').fill('90');
    await page.getByRole('button', { name: 'Save the score' }).click();
    await expect
      .poll(() => page.locator('#progress-point-date-error').textContent())
      .toContain('A score is already recorded on 12 October 2026.');
    expect(await countPoints(session, planId)).toBe(demoScores + 6);
  });

  it('catches a bad row in a CSV, imports nothing, then imports the fixed file', async () => {
    const { page } = session;
    await page.locator('#csv-file').setInputFiles({
      name: 'reading-probes.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_WITH_A_BAD_ROW),
    });
    await expect.poll(() => page.locator('#csv-text').inputValue()).toBe(CSV_WITH_A_BAD_ROW);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const problems = page.locator('section[aria-labelledby="csv-title"] .error-summary');
    await expect.poll(() => problems.locator('h3').textContent()).toBe('1 problem in the file — nothing was imported');
    expect(await problems.locator('li').allTextContents()).toEqual([
      'Row 3, column “value”: the score must be a number in digits; the file has "about 81"',
    ]);
    expect(await liveText(page, 'csv-title').textContent()).toContain('The file has 1 problem. Nothing was imported.');
    expect(await page.getByRole('button', { name: /^Import \d+ score/ }).count()).toBe(0);
    expect(await countPoints(session, planId)).toBe(demoScores + 6);
    await expectNoAxeViolations(page, 'the CSV import with a bad row');

    await page.locator('#csv-file').setInputFiles({
      name: 'reading-probes-fixed.csv',
      mimeType: 'text/csv',
      buffer: Buffer.from(CSV_FIXED),
    });
    await expect.poll(() => page.locator('#csv-text').inputValue()).toBe(CSV_FIXED);
    await page.getByRole('button', { name: 'Check the file' }).click();
    const preview = page.locator('.csv-preview table');
    await expect.poll(() => preview.locator('caption').textContent()).toBe('What the import will do with the 4 rows');
    expect(await preview.locator('tbody tr').count()).toBe(4);
    expect(await preview.locator('.import-status').allTextContents()).toEqual(Array(4).fill('+ Will be added'));
    expect(await countPoints(session, planId)).toBe(demoScores + 6);
    await expectNoAxeViolations(page, 'the CSV import preview');

    await page.getByRole('button', { name: 'Import 4 scores' }).click();
    await expect
      .poll(() => liveText(page, 'csv-title').textContent())
      .toContain('4 scores imported (0 already recorded, skipped).');
    expect(await countPoints(session, planId)).toBe(demoScores + 10);
  });

  it('shows the graph, the status in words and the text-alternative table', async () => {
    const { page, baseUrl } = session;
    const table = page.locator('.progress-data table');
    await expect
      .poll(() => table.locator('caption').textContent())
      .toBe(`${String(demoScores + 10)} scores in the graph`);
    expect(await table.locator('tbody tr').count()).toBe(demoScores + 10);
    expect(await table.locator('thead th').allTextContents()).toEqual([
      'Date',
      'Week',
      'Score (words correct per minute)',
      'Goal line that day',
      'Counted in the trend',
    ]);
    const firstDate = [...DEMO_READING.points.map((p) => p.date), WEEKLY_SCORES[0].date].sort()[0] ?? '';
    expect(await table.locator('tbody tr').first().locator('th[scope="row"]').textContent()).toBe(
      formatLongDate(firstDate, 'en'),
    );

    const svg = page.locator('figure.progress-chart svg[role="img"]');
    expect(await svg.count()).toBe(1);
    expect(await svg.isVisible()).toBe(true);
    const analysis = (await (
      await page.request.get(`${baseUrl}/api/v1/plans/${planId}/goals/${GOAL_ID}/progress?language=en`)
    ).json()) as { label: { text: string }; analysis: { status: string; explanation: string } };
    expect(analysis.analysis.status).not.toBe('insufficient-data');
    expect(await page.locator('.progress-status-text').textContent()).toBe(analysis.label.text);
    expect(await page.locator('figure.progress-chart figcaption').textContent()).toBe(analysis.analysis.explanation);
    expect(await page.locator('.progress-status-summary').textContent()).toContain('Four-point rule');
    await expectNoAxeViolations(page, 'the goal progress page with the demo and ten more scores');

    // Another state's words for the same status, kept in the address.
    await page.locator('#progress-labelSet').selectOption('connecticut');
    await page.waitForURL(/labelSet=connecticut/);
    await expect.poll(() => page.locator('#progress-labelSet').inputValue()).toBe('connecticut');
  });

  it('lets a parent download the progress report as a PDF', async () => {
    const { page } = session;
    await page.goto(progressUrl);
    await expect.poll(() => page.locator('.progress-data tbody tr').count(), { timeout: 10_000 }).toBe(demoScores + 10);
    await page.locator('#report-from').fill('2026-09-01');
    await page.locator('#report-to').fill('2026-11-28');
    await page.getByLabel('Español').check();
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: 'Download the progress report (PDF)' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('binder-progress-report-2026-11-28.pdf');
    const path = await download.path();
    expect(readFileSync(path).subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await expect
      .poll(() => liveText(page, 'report-title').textContent())
      .toBe('The progress report is ready; the download has started.');
    await expectNoAxeViolations(page, 'the goal progress page after the download');
  });

  it('reads in Spanish', async () => {
    const { page } = session;
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Progreso: Reading fluency');
    await expect
      .poll(() => page.locator('.progress-data caption').textContent())
      .toBe(`${String(demoScores + 10)} resultados en la gráfica`);
    await expectNoAxeViolations(page, 'the goal progress page in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Progress: Reading fluency');
  });

  it('records and removes a change in instruction, and deletes and re-enters a score', async () => {
    const { page } = session;
    await page.locator('#phase-date').fill('2026-10-15');
    await page.locator('#phase-label').fill('Added a daily small-group session');
    await page.getByRole('button', { name: 'Record the change' }).click();
    await expect
      .poll(() => liveText(page, 'phase-title').textContent())
      .toBe('The change of 15 October 2026 was recorded. The trend now starts after it.');
    await expect.poll(() => page.locator('.phase-change').textContent()).toContain('Added a daily small-group session');
    await expect
      .poll(() => page.locator('.progress-data tbody tr').first().locator('td').last().innerText())
      .toBe('No (before the latest change in instruction)');
    await expectNoAxeViolations(page, 'the goal progress page with a change in instruction');
    await page.getByRole('button', { name: 'Remove the change of 15 October 2026' }).click();
    await expect.poll(() => page.locator('.phase-change').count()).toBe(0);

    await page.getByRole('button', { name: 'Delete the score of 12 October 2026' }).click();
    await expect
      .poll(() => liveText(page, 'progress-points-title').textContent())
      .toBe("The score of 12 October 2026 (78) was deleted. The record's history keeps it.");
    expect(await countPoints(session, planId)).toBe(demoScores + 9);
    await page.locator('#progress-point-date').fill('2026-10-12');
    await page.locator('#progress-point-value').fill('78');
    await page.getByRole('button', { name: 'Save the score' }).click();
    await expect.poll(() => page.locator('.progress-data tbody tr').count()).toBe(demoScores + 10);
    expect(await countPoints(session, planId)).toBe(demoScores + 10);
  });

  it('fits a 375-pixel phone screen without sideways scrolling', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 740 });
    await page.goto(progressUrl);
    await expect.poll(() => page.locator('.progress-data tbody tr').count(), { timeout: 10_000 }).toBe(demoScores + 10);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    const box = await page.locator('figure.progress-chart svg').boundingBox();
    expect(box?.width ?? 999).toBeLessThanOrEqual(375);
    await expectNoAxeViolations(page, 'the goal progress page on a phone');
  });
});
