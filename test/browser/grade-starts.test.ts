import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// A fictional Delaware child born 2 Apr 2011 with an IEP since 1 Sep 2020. Transition content is due at
// 14 or on entering grade 8, whichever is first (14 Del. Admin. Code 925-20.2): the 14th birthday, 2 Apr
// 2025, until the family enters the first day of grade 8, Mon 26 Aug 2024, on the child's details.
describe.skipIf(!canRunBrowser)("the first day of a grade, entered on the child's details", () => {
  let session: BrowserSession;
  let studentId: string;

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT });
    const response = await session.api('POST', '/api/v1/students', {
      givenName: 'Mira',
      familyName: 'Okonkwo',
      birthDate: '2011-04-02',
      jurisdiction: 'DE',
    });
    expect(response.status()).toBe(201);
    studentId = ((await response.json()) as { id: string }).id;
    const started = { type: 'plan-started', date: '2020-09-01', framework: 'iep' };
    expect((await session.api('POST', `/api/v1/students/${studentId}/events`, started)).status()).toBe(201);
  });
  afterAll(async () => {
    await session.close();
  });

  it('names a row without a grade, then saves grade 8 and the transition deadline moves to its first day', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/students/${studentId}/timeline`);
    const deadline = page.getByRole('article', { name: 'transition plan' });
    await expect.poll(() => deadline.textContent()).toContain('Due 2 April 2025');
    // The kind's glossary term is linked inside the heading, and the heading keeps its name.
    const heading = deadline.getByRole('heading', { name: 'transition plan', exact: true });
    expect(await heading.getByRole('link', { name: 'transition plan' }).getAttribute('href')).toBe(
      '/glossary#transition',
    );

    await page.goto(`${session.baseUrl}/students/${studentId}`);
    await page.getByRole('button', { name: 'Edit details' }).click();
    await page.getByRole('button', { name: 'Add the first day of a grade' }).click();
    await page.locator('#student-gradeStarts-0-date').fill('2024-08-26');
    await page.getByRole('button', { name: 'Save details' }).click();
    const summary = page.locator('.error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    expect(await summary.getByRole('link').allTextContents()).toEqual(['Grade date 1: Grade: Choose the grade.']);
    expect(await page.locator('#student-gradeStarts-0-date').inputValue()).toBe('2024-08-26');
    await expectNoAxeViolations(page, 'the details form with a grade row to fix');

    await page.locator('#student-gradeStarts-0-grade').selectOption('8');
    await page.getByRole('button', { name: 'Save details' }).click();
    await expect.poll(() => page.locator('[role="status"]').first().textContent()).toBe('The details were saved.');
    expect(await page.locator('.details').textContent()).toContain('Grade 8: 26 August 2024');

    await page.goto(`${session.baseUrl}/students/${studentId}/timeline`);
    await expect.poll(() => deadline.textContent()).toContain('Due 26 August 2024');
  });
});
