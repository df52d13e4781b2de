import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// Issue #17 point 4 on a phone (375 px): the family drafts a complaint to the Office for Civil Rights from
// the letters page; the draft gives the last day to file, 180 days after the act, and cites its rule.
// Fictional people only.
describe.skipIf(!canRunBrowser)('journey: an OCR complaint draft on a phone', () => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: { width: 375, height: 800 } });
    const response = await session.api('POST', '/api/v1/students', {
      givenName: 'Sofía',
      familyName: 'Marín',
      birthDate: '2016-05-02',
      jurisdiction: 'TX',
      school: 'Cedar Hill Elementary School (fictional)',
      district: 'Maple Valley Independent School District (fictional)',
      grade: '4th',
    });
    expect(response.status()).toBe(201);
    studentId = ((await response.json()) as { id: string }).id;
  });
  afterAll(async () => {
    await session.close();
  });

  it('composes the draft with the computed last day, axe-clean', async () => {
    const { page } = session;
    await page.goto(`${session.baseUrl}/letters?student=${studentId}&kind=ocr-complaint`);
    const actDate = page.getByLabel('Date of the act (the last one, if it goes on)');
    await expect.poll(() => actDate.count(), { timeout: 10_000 }).toBe(1);
    await page.getByLabel('Date on the letter').fill('2026-11-28');
    await page.getByLabel('Your address').fill('4 Elm Street\nMaple Valley, TX 75002');
    await actDate.fill('2026-10-01');
    await page.locator('#letter-actDescription').fill('The school kept Sofía out of the class trip');
    await expectNoAxeViolations(page, 'the letters page, OCR complaint (375 px)');
    await page.getByRole('button', { name: 'Write the letter' }).click();
    const subject = page.getByLabel('Subject');
    await expect.poll(() => subject.count(), { timeout: 10_000 }).toBe(1);
    expect(await subject.inputValue()).toContain('Complaint of disability discrimination');
    const texts = await page
      .locator('textarea')
      .evaluateAll((areas) => areas.map((area) => (area as HTMLTextAreaElement).value));
    expect(texts.join('\n')).toContain('the 180 days end on 30 March 2027');
    expect(await page.getByText(/Law cited: .*34 CFR 100\.7\(b\)/).count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page, 'the OCR complaint draft (375 px)');
    expect(await hasHorizontalOverflow(page)).toBe(false);
  });
});
