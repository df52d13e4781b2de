import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { hasPoppler, pdfText } from '../helpers/pdf-tools';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually } from './wait-and-read';

// Issue 17's "done when" for meetings: a parent schedules an IEP meeting (Tennessee: 10 days' notice, so a
// meeting set for today is short notice), prepares it (concerns and questions, the one-page PDF downloaded),
// records it held with two members absent and one excused in writing, writes the follow-up letter from the
// notes (PDF read back with pdftotext) and sends it, which logs it. The server's today is 28 November 2026.
// Every person and school is fictional.

const TODAY = '2026-11-28';

/** A poll with room for a loaded machine. */

async function addChild(session: BrowserSession): Promise<string> {
  const response = await session.api('POST', '/api/v1/students', {
    givenName: 'Mateo',
    familyName: 'Quintero',
    birthDate: '2014-09-03',
    jurisdiction: 'TN',
    school: 'Willow Bend Middle School (fictional)',
    district: 'Oak County Schools (fictional)',
    grade: '6',
    contacts: [{ name: 'Paula Quintero', relationship: 'Mother', email: 'paula.quintero@example.org' }],
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

describe.skipIf(!canRunBrowser)('journey: a meeting scheduled, prepared, held and put in writing', () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    studentId = await addChild(session);
    const caseManager = await session.api('POST', `/api/v1/students/${studentId}/school-people`, {
      role: 'case-manager',
      name: 'Ms. Lund',
      school: 'Willow Bend Middle School (fictional)',
    });
    expect(caseManager.status()).toBe(201);
  });
  afterAll(async () => {
    await session.close();
  });

  it('schedules an IEP meeting and warns that Tennessee wants 10 days of notice', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}/meetings`);
    await eventually(() => page.locator('#schedule-date').count()).toBe(1);
    await page.locator('#schedule-date').fill(TODAY);
    await page.locator('#schedule-noticeDate').fill(TODAY);
    await page.locator('#schedule-time').fill('15:30');
    await page.locator('#schedule-place').fill('Room 4, Willow Bend Middle School');
    await page.getByLabel('Name (Regular education teacher)').first().fill('Mr. Abara');
    // The case manager, from the child's directory of the school's people, by keyboard: her meeting role is filled in.
    const person = page.getByLabel("Invite someone from the school's people");
    await eventually(() => person.count()).toBe(1);
    await person.focus();
    await person.selectOption({ label: 'Ms. Lund — Case manager' });
    expect(await page.getByLabel('In the meeting as').inputValue()).toBe('special-education-teacher');
    await page.getByRole('button', { name: 'Invite', exact: true }).press('Enter');
    await eventually(() => page.getByText('Ms. Lund is invited as Special education teacher.').count()).toBe(1);
    expect(await page.getByLabel('Name (Special education teacher)').first().inputValue()).toBe('Ms. Lund');
    await eventually(() => page.getByText(/Short notice: you were told 0 days ahead/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the meetings tab, scheduling');
    await page.getByRole('button', { name: 'Schedule the meeting' }).click();
    await eventually(() => page.getByText('The meeting of 28 November 2026 was scheduled.').count()).toBe(1);
    const card = page.locator('li.card').first();
    expect(await card.textContent()).toContain('Scheduled');
    expect(await card.textContent()).toContain('Tenn. Comp. R. & Regs. 0520-01-09-.15(1)');
  });

  it('prepares it: concerns, questions, and the one-page sheet downloaded in Spanish', async () => {
    const { page } = session;
    const card = page.locator('li.card').first();
    await card.getByRole('button', { name: 'Prepare for the meeting' }).click();
    const concerns = card.getByLabel('Parent concerns');
    await concerns.fill('Mateo cannot keep up with writing assignments.');
    await card.getByLabel('Agenda').fill('Writing support\nProgress in reading');
    await card.getByLabel('Your questions').fill('Who will give the writing support, and how often?');
    await card.getByLabel('Documents to bring').fill('Last progress report');
    await eventually(() => card.getByText(/Nothing in the case suggests|\(34 CFR|\(Tenn\./).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the meeting preparation');
    await card.getByRole('button', { name: 'Save the preparation' }).click();
    await eventually(() => page.getByText('The preparation was saved.').count()).toBe(1);
    await card.getByRole('button', { name: 'Prepare for the meeting' }).click();
    await card.getByRole('button', { name: 'Prepare for the meeting' }).click();
    await card.getByRole('radio', { name: 'Español' }).check();
    const download = page.waitForEvent('download');
    await card.getByRole('button', { name: 'Download the preparation sheet (PDF)' }).click();
    const file = await download;
    expect(file.suggestedFilename()).toBe(`binder-meeting-prep-${TODAY}-es.pdf`);
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPoppler()) {
      const text = pdfText(bytes).replace(/\s+/g, ' ');
      expect(text).toContain('Preparación para la reunión — Mateo');
      expect(text).toContain('Mateo cannot keep up with writing assignments.');
      expect(text).toContain('Who will give the writing support, and how often?');
      expect(text).toContain('Last progress report');
    }
  });

  it('records it held: two members absent, one excused in writing, decisions, action items and a refusal', async () => {
    const { page } = session;
    const card = page.locator('li.card').first();
    await card.getByRole('button', { name: 'Record what happened' }).click();
    const form = card.getByRole('region', { name: 'What happened at the meeting' });
    expect(await form.textContent()).toContain('Mark whether each member attended');
    expect(await form.textContent()).not.toContain('The required team is complete');
    const prefix = await form.locator('fieldset.member').first().locator('input[type="text"]').getAttribute('id');
    const p = (prefix ?? '').replace(/-members-0-name$/, '');
    // The invited case manager stands in the special education teacher's row the required-team check reads.
    expect(await page.locator(`#${p}-members-2-name`).inputValue()).toBe('Ms. Lund');
    await page.locator(`#${p}-members-0-status-attended`).check();
    await page.locator(`#${p}-members-1-status-excused`).check();
    await page.locator(`#${p}-members-1-parentAgreedInWriting`).check();
    await page.locator(`#${p}-members-2-status-absent`).check();
    await page.locator(`#${p}-members-3-status-absent`).check();
    await eventually(() => form.locator('.problem-summary').textContent()).toContain(
      '2 problems with the required team',
    );
    await page
      .locator(`#${p}-decisions`)
      .fill('Mateo gets 30 minutes of writing support a day\nThe team meets again in January');
    await page.locator(`#${p}-notes`).fill('The teacher said the writing data is from October.');
    await form.getByRole('button', { name: 'Add an action item' }).click();
    await form.getByLabel('What (action item 1)').fill('sends the revised IEP');
    await form.getByLabel('Who (action item 1)').fill('Ms. Lund');
    await form.getByLabel('By when (action item 1)').fill('2026-12-05');
    await page.locator(`#${p}-refusals`).fill('an assistive technology evaluation');
    await expectNoAxeViolations(page, 'recording what happened at the meeting');
    await form.getByRole('button', { name: 'Record the meeting as held' }).click();
    await eventually(() => page.getByText('The meeting of 28 November 2026 was recorded as held.').count()).toBe(1);
    const text = (await card.textContent()) ?? '';
    expect(text).toContain('Held');
    expect(text).toContain('Mr. Abara (Regular education teacher): parent agreed in writing');
    expect(text).toContain('Did not attend');
    const events = (await (
      await session.page.request.get(`${session.baseUrl}/api/v1/students/${studentId}/events`)
    ).json()) as { events: { event: { type: string; excused?: string[] } }[] };
    expect(events.events.map((e) => e.event)).toContainEqual(
      expect.objectContaining({ type: 'iep-meeting-held', excused: ['regular-education-teacher'] }),
    );
  });

  it('writes the follow-up letter from the notes, downloads it, and sends it, which logs it', async () => {
    const { page } = session;
    const card = page.locator('li.card').first();
    expect(
      await card
        .getByRole('link', { name: /Ask for prior written notice of the refusal: an assistive technology/ })
        .count(),
    ).toBe(1);
    await card.getByRole('link', { name: /Write the follow-up letter/ }).click();
    await page.waitForURL('**/letters?**');
    await eventually(() => page.getByLabel('What was decided').inputValue()).toContain('30 minutes of writing support');
    expect(await page.getByRole('radio', { name: 'After-meeting summary' }).isChecked()).toBe(true);
    expect(await page.getByLabel('Date of the meeting').inputValue()).toBe(TODAY);
    expect(await page.getByLabel('Who does what by when').inputValue()).toBe(
      'Ms. Lund — sends the revised IEP — by 5 December 2026',
    );
    await page.getByLabel('Date on the letter').fill(TODAY);
    await page.getByLabel('Your address').fill('9 Birch Road\nOak County, TN 37000');
    await expectNoAxeViolations(page, 'the follow-up letter form');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    await eventually(() => page.getByLabel('Subject').inputValue()).toBe(
      'Summary of the IEP meeting of 28 November 2026 — Mateo Quintero',
    );
    await expectNoAxeViolations(page, 'the follow-up letter editor');

    const download = page.waitForEvent('download');
    await page.getByRole('button', { name: 'Download the PDF' }).click();
    const file = await download;
    const bytes = readFileSync(await file.path());
    expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    if (hasPoppler()) {
      const text = pdfText(bytes).replace(/\s+/g, ' ');
      expect(text).toContain('Mateo gets 30 minutes of writing support a day.');
      expect(text).toContain('The team meets again in January.');
      expect(text).toContain('Ms. Lund — sends the revised IEP — by 5 December 2026.');
      expect(text).toContain('34 CFR 300.503(a)');
      expect(text).toMatch(/copy of Mateo/);
    }

    await page.getByRole('button', { name: /I sent it — record it in Mateo's case/ }).click();
    await eventually(() => page.getByText("Recorded in Mateo's case.").count()).toBeGreaterThan(0);
    const log = (await (
      await page.request.get(`${session.baseUrl}/api/v1/students/${studentId}/communications`)
    ).json()) as { communications: { channel: string; subject: string }[] };
    expect(log.communications).toContainEqual(
      expect.objectContaining({
        channel: 'letter',
        subject: 'Summary of the IEP meeting of 28 November 2026 — Mateo Quintero',
      }),
    );
  });
});

describe.skipIf(!canRunBrowser)('the meetings tab on a 375-pixel phone, in Spanish', () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ locale: 'es-US', viewport: { width: 375, height: 740 }, account: PARENT });
    studentId = await addChild(session);
  });
  afterAll(async () => {
    await session.close();
  });

  it('schedules and opens the preparation without sideways scrolling, axe-clean', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}/meetings`);
    await eventually(() => page.locator('#schedule-date').count()).toBe(1);
    await page.locator('#schedule-date').fill('2026-12-15');
    await eventually(() => page.getByText(/le avisaron con \d+ días/).count()).toBeGreaterThan(0);
    await page.getByRole('button', { name: 'Programar la reunión' }).click();
    await eventually(() => page.getByText('La reunión del 15 de diciembre de 2026 quedó programada.').count()).toBe(1);
    await page.locator('li.card').first().getByRole('button', { name: 'Prepararse para la reunión' }).click();
    await eventually(() => page.getByText('Preguntas sugeridas por el caso').count()).toBe(1);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the meetings tab at 375 px in Spanish');
  });
});
