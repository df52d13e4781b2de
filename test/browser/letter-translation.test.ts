import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { eventually, say } from './wait-and-read';

// Issue 22 (docs/decisions/0045): a parent whose page is in Vietnamese writes the letter in English, reads it
// side by side with its Vietnamese translation before sending, sends it, then reads the sent letter in Arabic
// (right to left) and downloads that translation as a PDF — on a 375 px phone (one column after the other, no
// sideways scroll) and on a desktop (two columns), axe-clean. Strings are read from the Vietnamese files, so
// the test follows the translation. Fictional people only.

const PHONE = { width: 375, height: 812 };
const DESKTOP = { width: 1280, height: 900 };

const words = (key: string) => say('letter-translation.vi.json', `letters.translation.${key}`);

/** The letter and its translation: on a phone one under the other, on a desktop side by side. */
async function expectColumns(reader: Locator, translated: string, dir: 'ltr' | 'rtl', width: number): Promise<void> {
  const original = reader.locator('.letter-read[lang="en"][dir="ltr"]');
  const translation = reader.locator(`.letter-read[lang="${translated}"][dir="${dir}"]`);
  await eventually(() => translation.count()).toBe(1);
  expect(await original.count()).toBe(1);
  expect(await translation.textContent()).toContain('Minh An Lê');
  expect(await reader.locator('.letter-translation-note').count()).toBe(1);
  const left = await original.boundingBox();
  const right = await translation.boundingBox();
  if (left === null || right === null) throw new Error('the columns are not shown');
  if (width === PHONE.width) expect(right.y).toBeGreaterThanOrEqual(left.y + left.height);
  else expect(Math.abs(right.y - left.y)).toBeLessThan(2);
}

async function expectCleanPage(page: Page, where: string, width: number): Promise<void> {
  await expectNoAxeViolations(page, `${where} (${String(width)} px)`);
  if (width === PHONE.width) expect(await hasHorizontalOverflow(page), `${where} scrolls sideways`).toBe(false);
}

describe.skipIf(!canRunBrowser).each([
  ['375 px', PHONE],
  ['desktop', DESKTOP],
] as const)('a letter read in Vietnamese and Arabic beside the English, %s', (_name, viewport) => {
  let session: BrowserSession;
  let studentId: string;
  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport, locale: 'vi-VN' });
    const response = await session.api('POST', '/api/v1/students', {
      givenName: 'Minh An',
      familyName: 'Lê',
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

  it('reads the English draft beside its Vietnamese translation before sending', async () => {
    const { page, baseUrl } = session;
    await page.goto(`${baseUrl}/letters?student=${studentId}&kind=records-request`);
    await eventually(() => page.locator('form.letter-form').count()).toBe(1);
    expect(await page.getAttribute('html', 'lang')).toBe('vi');
    await page.locator('#letter-date').fill('2026-11-28');
    await page.locator('#letter-address').fill('4 Elm Street\nMaple Valley, TX 75002');
    await page.locator('form.letter-form button[type="submit"]').click();
    await eventually(() => page.locator('section.letter-result').count()).toBe(1);
    const reader = page.locator('section[aria-labelledby="draft-translation-title"]');
    await eventually(() => reader.count()).toBe(1);
    // The page's language is offered first.
    expect(await page.locator('#draft-translation-language').inputValue()).toBe('vi');
    await reader.getByRole('button', { name: words('show'), exact: true }).click();
    await expectColumns(reader, 'vi', 'ltr', viewport.width);
    await expectCleanPage(page, 'the draft beside its translation', viewport.width);
  });

  it('sends it, reads the sent letter in Arabic and downloads the translation PDF', async () => {
    const { page } = session;
    await page.locator('button[aria-describedby^="letter-record-hint"]').click();
    const sent = page.locator('section.letter-sent');
    await eventually(() => sent.count()).toBe(1);
    const reader = sent.locator('section[aria-labelledby="sent-translation-title"]');
    await eventually(() => reader.count()).toBe(1);
    await page.locator('#sent-translation-language').selectOption('ar');
    await reader.getByRole('button', { name: words('show'), exact: true }).click();
    // Only a letter sent with the details it was composed from can be translated: this one was.
    await expectColumns(reader, 'ar', 'rtl', viewport.width);
    await expectCleanPage(page, 'the sent letter beside its translation', viewport.width);

    const button = reader.getByRole('button', { name: words('pdf'), exact: true });
    const [download] = await Promise.all([page.waitForEvent('download', { timeout: 20_000 }), button.click()]);
    expect(download.suggestedFilename()).toBe('binder-records-request-2026-11-28-ar.pdf');
    const pdf = readFileSync(await download.path());
    expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    await eventually(() =>
      reader
        .getByRole('status')
        .filter({ hasText: words('pdfReady') })
        .count(),
    ).toBe(1);
    await expectCleanPage(page, 'the translation PDF ready', viewport.width);
  });
});
