import { readFileSync } from 'node:fs';
import type { Download, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually, say } from './wait-and-read';
import { meetingPrepSheet } from '../../core/case/meeting-prep-sheet';
import { meetingListSchema } from '../../core/schemas/meeting';
import { hasPoppler, pdfText } from '../helpers/pdf-tools';
import { TEST_CLOCK } from '../helpers/test-app';

// A parent whose browser reads Simplified Chinese (issue 22): the demo family loads from the Chinese home page, and
// Maya's reading progress and her coming meeting's preparation read in Chinese — the status sentence, the suggested
// questions — and their PDFs come in Chinese without choosing anything. The words expected are read from the
// Chinese string files and from the server's own answers, so the test follows the translation instead of copying
// it. The Rivera family is fictional; the server's today is 28 November 2026.

const GOAL_ID = 'demo-goal-reading';

/** The downloaded file's text (pdftotext), whitespace collapsed; empty when poppler is missing. */
async function downloadedText(download: Download): Promise<string> {
  const bytes = readFileSync(await download.path());
  expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return hasPoppler() ? pdfText(bytes).replace(/\s+/g, ' ') : '';
}

async function getJson<T>(page: Page, url: string): Promise<T> {
  const response = await page.request.get(url);
  expect(response.status(), url).toBe(200);
  return (await response.json()) as T;
}

describe.skipIf(!canRunBrowser)('journey: progress and meeting preparation in Chinese', () => {
  let session: BrowserSession;
  let mayaId = '';
  let planId = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, locale: 'zh-CN' });
  });
  afterAll(async () => {
    await session.close();
  });

  it('loads the demo family from the Chinese home page, which says the plans stay in English', async () => {
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await eventually(() => page.getAttribute('html', 'lang')).toBe('zh-Hans');
    await eventually(() => page.getByText(say('shell.zh-Hans.json', 'home.demoWritingNote')).count()).toBe(1);
    await expectNoAxeViolations(page, 'the home page in Chinese');
    await page.getByRole('button', { name: say('shell.zh-Hans.json', 'home.loadDemo') }).click();
    await page.waitForURL('**/children');
    const { students } = await getJson<{ students: { id: string; givenName: string }[] }>(
      page,
      `${baseUrl}/api/v1/students`,
    );
    mayaId = students.find((s) => s.givenName === 'Maya')?.id ?? '';
    expect(mayaId).not.toBe('');
    const { plans } = await getJson<{ plans: { id: string; framework: string }[] }>(
      page,
      `${baseUrl}/api/v1/students/${mayaId}/plans`,
    );
    planId = plans.find((p) => p.framework === 'iep')?.id ?? '';
    expect(planId).not.toBe('');
  });

  it('shows the reading goal’s progress in Chinese and downloads the report in Chinese', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/plans/${planId}/goals/${GOAL_ID}/progress`);
    await eventually(() => page.locator('.progress-status-summary').count()).toBe(1);
    // The status and its sentence, as the server words them in Chinese for this page.
    const progress = await getJson<{ label: { text: string }; analysis: { explanations: { 'zh-Hans': string } } }>(
      page,
      `${baseUrl}/api/v1/plans/${planId}/goals/${GOAL_ID}/progress?language=zh-Hans`,
    );
    const summary = page.locator('.progress-status-summary');
    await eventually(() => summary.locator('.progress-status-text').textContent()).toBe(progress.label.text);
    await eventually(() => summary.textContent()).toContain(progress.analysis.explanations['zh-Hans']);
    expect(await summary.locator('h3').textContent()).toBe(say('progress.zh-Hans.json', 'progress.numbers.title'));
    // The report's language starts as the page's, offered by its own name.
    expect(await page.getByRole('radio', { name: '简体中文' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'the goal progress page in Chinese');

    await page.locator('#report-from').fill('2026-09-01');
    await page.locator('#report-to').fill(TEST_CLOCK.today());
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: say('progress.zh-Hans.json', 'progress.report.download') }).click(),
    ]);
    const text = await downloadedText(download);
    if (hasPoppler()) {
      expect(text).toContain(progress.label.text);
      expect(text).not.toContain('Progress report');
    }
    await expectNoAxeViolations(page, 'the goal progress page in Chinese after the download');
  });

  it('prepares the coming meeting in Chinese and downloads the sheet in Chinese', async () => {
    const { page, baseUrl } = session;
    // The demo's coming annual meeting: scheduled, with the notice the family got.
    const listed = await session.api('GET', `/api/v1/students/${mayaId}/meetings`);
    expect(listed.status()).toBe(200);
    const { meetings } = meetingListSchema.parse(await listed.json());
    const scheduled = meetings.filter((m) => m.status === 'scheduled');
    expect(scheduled).toHaveLength(1);
    const meeting = scheduled[0] as (typeof scheduled)[number];
    const meetingId = meeting.id;
    await page.goto(`${baseUrl}/students/${mayaId}/meetings`);
    const prepare = page.getByRole('button', { name: say('meetings.zh-Hans.json', 'meetingLife.actions.prep') });
    await eventually(() => prepare.count()).toBe(1);
    const card = page.locator('li.card').filter({ has: prepare });
    await prepare.click();
    await eventually(() => card.getByRole('radio', { name: '简体中文' }).count()).toBe(1);
    const { questions } = await getJson<{ questions: { text: { 'zh-Hans': string } }[] }>(
      page,
      `${baseUrl}/api/v1/meetings/${meetingId}/suggested-questions`,
    );
    // The demo's records request went unanswered, so there is at least one question to suggest.
    expect(questions.length).toBeGreaterThan(0);
    await eventually(() => card.textContent()).toContain(questions[0]?.text['zh-Hans']);
    expect(await card.getByRole('radio', { name: '简体中文' }).isChecked()).toBe(true);
    await expectNoAxeViolations(page, 'the meeting preparation in Chinese');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      card.getByRole('button', { name: say('meetings.zh-Hans.json', 'meetingLife.prep.download') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe(`binder-meeting-prep-${meeting.date}-zh-Hans.pdf`);
    const text = await downloadedText(download);
    if (hasPoppler()) {
      // The sheet's title as core words it in Chinese for Maya's meeting.
      expect(text).toContain(meetingPrepSheet(meeting, 'Maya', 'zh-Hans').title.replace(/\s+/g, ' '));
    }
  });
});
