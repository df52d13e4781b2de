import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  type BrowserSession,
  type Person,
} from './browser-harness';

// A case manager's day, on the real server and a real Chromium: a student whose annual IEP review is overdue
// shows up in the caseload, the "only overdue" filter (kept in the address) finds him, the missing meeting is
// recorded on his meetings tab, and the district compliance page's overdue count drops. Every student and
// school is fictional. The server's clock is fixed at 28 November 2026, so an initial IEP meeting on 2 June
// 2025 left an annual review due 2 June 2026, now overdue.

const SCHOOL = 'Riverbend Middle School (fictional)';

/** The case manager, signed in: the students are added by her, so her caseload is theirs (fictional). */
const CASE_MANAGER: Person = { name: 'Dana Whitfield', email: 'dana.whitfield@example.org' };

async function createStudent(session: BrowserSession, givenName: string, familyName: string): Promise<string> {
  const response = await session.api('POST', '/api/v1/students', {
    givenName,
    familyName,
    jurisdiction: 'US',
    school: SCHOOL,
    grade: '7',
  });
  expect(response.status()).toBe(201);
  return ((await response.json()) as { id: string }).id;
}

function caseloadRows(page: Page) {
  return page.locator('table.caseload-table tbody tr');
}

function overdueTotal(page: Page) {
  return page.locator('.stat-overdue');
}

describe.skipIf(!canRunBrowser)('journey: a case manager clears an overdue annual review', () => {
  let session: BrowserSession;
  let tomasId = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: CASE_MANAGER });
    tomasId = await createStudent(session, 'Tomás', 'Okafor');
    await createStudent(session, 'Ana', 'Lindqvist');
    const meeting = await session.api('POST', `/api/v1/students/${tomasId}/meetings`, {
      date: '2025-06-02',
      framework: 'iep',
      purpose: 'initial',
    });
    expect(meeting.status()).toBe(201);
  });
  afterAll(async () => {
    await session.close();
  });

  it('sees the overdue review on the district compliance page first', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/compliance`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('District compliance');
    await expect.poll(() => overdueTotal(page).textContent()).toBe('1 deadline overdue');
    const overdue = page.locator('section[aria-labelledby="compliance-overdue-title"] tbody tr');
    expect(await overdue.count()).toBe(1);
    expect(await overdue.first().textContent()).toContain('Tomás Okafor');
    expect(await overdue.first().textContent()).toContain('Annual IEP review');
    expect(await overdue.first().getByRole('link', { name: 'IEP', exact: true }).getAttribute('href')).toBe(
      '/glossary#iep',
    );
    expect(await overdue.first().textContent()).toContain('2 June 2026');
    expect(await overdue.first().locator('.status').textContent()).toBe('⚠ Overdue');
    const schools = page.locator('section[aria-labelledby="compliance-schools-title"] tbody tr');
    expect(await schools.locator('th').allTextContents()).toEqual([SCHOOL]);
    expect(await page.locator('.measure-result').allTextContents()).toEqual([
      'No initial evaluation has come due yet.',
      'No transition plan has come due yet.',
    ]);
    await expectNoAxeViolations(page, 'the compliance page with one overdue deadline');
  });

  it('opens the caseload and filters it to the students with an overdue deadline', async () => {
    const { page, baseUrl } = session;
    // She added these students herself (their owner, not school staff by a family's invitation), so the menu
    // does not offer the district views: she opens them by their address.
    expect(await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Caseload' }).count()).toBe(
      0,
    );
    await page.goto(`${baseUrl}/caseload`);
    await page.waitForURL('**/caseload');
    await expect.poll(() => page.locator('h1').textContent()).toBe('Caseload');
    await expect.poll(() => caseloadRows(page).count()).toBe(2);
    expect(await page.locator('table.caseload-table caption').textContent()).toBe('Caseload on 28 November 2026');
    expect(await page.locator('th[aria-sort]').count()).toBe(1);
    expect(await page.locator('th[aria-sort="ascending"]').textContent()).toContain('Student');
    expect(await caseloadRows(page).locator('th[scope="row"]').allTextContents()).toEqual([
      'Ana Lindqvist',
      'Tomás Okafor',
    ]);
    await expectNoAxeViolations(page, 'the caseload');

    await expect.poll(() => page.locator('#caseload-school option').allTextContents()).toEqual(['All schools', SCHOOL]);
    await page.getByLabel('Only students with an overdue deadline').check();
    await page.getByRole('button', { name: 'Show students' }).click();
    await page.waitForURL('**/caseload?overdue=true');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe('Show students');
    await expect.poll(() => caseloadRows(page).count()).toBe(1);
    const row = caseloadRows(page).first();
    expect(await row.locator('th').textContent()).toBe('Tomás Okafor');
    expect(await row.textContent()).toContain(SCHOOL);
    expect(await row.textContent()).toContain('1 overdue');
    expect(await page.locator('.caseload-summary').textContent()).toBe('1 student matches these filters.');

    // Sorting by the overdue column is a button in its heading, and the address keeps it.
    await page.getByRole('button', { name: /^Overdue/ }).click();
    await page.waitForURL(/sort=overdue/);
    await expect.poll(() => page.locator('th[aria-sort="descending"]').textContent()).toContain('Overdue');
    await expectNoAxeViolations(page, 'the caseload, only overdue, most overdue first');

    // The address alone brings back the same view.
    const shared = page.url();
    await page.goto(`${baseUrl}/caseload`);
    await expect.poll(() => caseloadRows(page).count()).toBe(2);
    await page.goto(shared);
    await expect.poll(() => caseloadRows(page).count()).toBe(1);
    expect(await page.getByLabel('Only students with an overdue deadline').isChecked()).toBe(true);
    expect(await page.locator('#caseload-sort').inputValue()).toBe('overdue');
  });

  it('pages through the caseload, the page in the address too', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/caseload?pageSize=1`);
    const pages = page.getByRole('navigation', { name: 'Pages of the caseload' });
    await expect.poll(() => pages.locator('[aria-current="page"]').textContent()).toBe('Page 1 of 2');
    expect(await caseloadRows(page).locator('th').allTextContents()).toEqual(['Ana Lindqvist']);
    await pages.getByRole('link', { name: 'Next page' }).click();
    await page.waitForURL('**/caseload?page=2&pageSize=1');
    await expect.poll(() => caseloadRows(page).locator('th').allTextContents()).toEqual(['Tomás Okafor']);
    expect(await pages.locator('[aria-current="page"]').textContent()).toBe('Page 2 of 2');
    expect(await pages.getByRole('link').allTextContents()).toEqual(['← Previous page']);
    await expectNoAxeViolations(page, 'the second page of the caseload');
    await page.goto(`${baseUrl}/caseload?overdue=true&sort=overdue`);
  });

  it('fits a 375-pixel phone screen', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 375, height: 740 });
    await expect.poll(() => caseloadRows(page).count()).toBe(1);
    expect(await hasHorizontalOverflow(page)).toBe(false);
    await expectNoAxeViolations(page, 'the caseload on a phone');
    await page.setViewportSize({ width: 1280, height: 900 });
  });

  it('opens the student and records the missing annual review meeting', async () => {
    const { page } = session;
    await caseloadRows(page).first().getByRole('link', { name: 'Tomás Okafor' }).click();
    await page.waitForURL(`**/students/${tomasId}`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Tomás Okafor');
    await page
      .getByRole('navigation', { name: /^Sections of / })
      .getByRole('link', { name: 'Meetings', exact: true })
      .click();
    await page.waitForURL(`**/students/${tomasId}/meetings`);
    await expect.poll(() => page.locator('#meeting-date').count()).toBe(1);
    await page.locator('#meeting-date').fill('2026-11-20');
    await page.locator('#meeting-purpose').selectOption('annual');
    await page.getByRole('button', { name: 'Save the meeting' }).click();
    await expect
      .poll(() => page.locator('.tab-panel .notice').first().textContent())
      .toContain('The meeting of 20 November 2026 was saved');
    await expectNoAxeViolations(page, "the student's meetings tab after saving");
  });

  it('sees the overdue count drop on the compliance page and in the caseload', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/compliance`);
    await page.waitForURL('**/compliance');
    await expect.poll(() => overdueTotal(page).textContent()).toBe('0 deadlines overdue');
    expect(await page.locator('section[aria-labelledby="compliance-overdue-title"]').textContent()).toContain(
      'No deadline is overdue.',
    );
    await expectNoAxeViolations(page, 'the compliance page after the meeting');

    await page.goto(`${baseUrl}/caseload?overdue=true`);
    await expect.poll(() => page.locator('.caseload-summary').textContent()).toBe('No student matches these filters.');
    expect(await caseloadRows(page).count()).toBe(0);
  });

  it('reads in Spanish', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/compliance`);
    await page.getByRole('button', { name: 'Español' }).click();
    await expect.poll(() => page.locator('h1').textContent()).toBe('Cumplimiento del distrito');
    await expect.poll(() => overdueTotal(page).textContent()).toBe('0 plazos vencidos');
    await expectNoAxeViolations(page, 'the compliance page in Spanish');
    await page.goto(`${baseUrl}/caseload`);
    await expect.poll(() => page.locator('h1').textContent()).toBe('Casos asignados');
    await expect.poll(() => caseloadRows(page).count()).toBe(2);
    await expectNoAxeViolations(page, 'the caseload in Spanish');
    await page.getByRole('button', { name: 'English' }).click();
  });
});
