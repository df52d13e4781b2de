import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  canRunBrowser,
  expectNoAxeViolations,
  hasHorizontalOverflow,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';
import { hasPoppler, pdfText, readBookmarks } from '../helpers/pdf-tools';

// A parent prints the demo child's binder from the "Your data" tab, on a phone (375 px) and then in Spanish
// on a desktop: the page says the binder is being made (with a progress bar) and then downloads it. The
// Rivera family is fictional; the server's clock is fixed at 28 November 2026.

/** Rendering a binder under a busy machine's load can take a while. */
const STEP_TIMEOUT = 120_000;

describe.skipIf(!canRunBrowser)('journey: printing the binder', () => {
  let session: BrowserSession;
  let dataUrl = '';

  beforeAll(async () => {
    session = await openBrowserSession({ account: PARENT, viewport: { width: 375, height: 800 } });
    const { page, baseUrl } = session;
    await page.goto(baseUrl);
    await page.getByRole('button', { name: 'Load the demo family' }).click();
    await page.waitForURL('**/children');
    const { students } = (await (await page.request.get(`${baseUrl}/api/v1/students`)).json()) as {
      students: { id: string; givenName: string }[];
    };
    const maya = students.find((s) => s.givenName === 'Maya')?.id ?? '';
    dataUrl = `${baseUrl}/students/${maya}/data`;
  }, STEP_TIMEOUT);
  afterAll(async () => {
    await session.close();
  });

  it(
    'prints the binder at 375 px: progress while it is made, then the PDF with every section',
    async () => {
      const { page } = session;
      await page.goto(dataUrl);
      const button = page.getByRole('button', { name: 'Print the binder (PDF)' });
      await expect.poll(() => button.isVisible(), { timeout: 10_000 }).toBe(true);
      await expectNoAxeViolations(page, 'the your-data tab with the binder control');
      expect(await hasHorizontalOverflow(page)).toBe(false);
      const [download] = await Promise.all([page.waitForEvent('download', { timeout: STEP_TIMEOUT }), button.click()]);
      expect(download.suggestedFilename()).toBe('binder-en.pdf');
      const pdf = readFileSync(await download.path());
      expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
      if (hasPoppler()) {
        expect(pdfText(pdf)).toContain('The binder of Maya Rivera');
        expect((await readBookmarks(pdf)).map((b) => b.title)).toContain('Progress on each goal');
      }
      await expect
        .poll(() => page.locator('section[aria-labelledby="binder-print-title"] [role="status"]').textContent(), {
          timeout: 10_000,
        })
        .toBe('The binder is ready; the download has started.');
      await expectNoAxeViolations(page, 'the your-data tab after printing the binder');
    },
    STEP_TIMEOUT,
  );

  it(
    'says so while the binder is being made, and prints it in Spanish on a desktop',
    async () => {
      const { page } = session;
      await page.setViewportSize({ width: 1280, height: 900 });
      await page.goto(dataUrl);
      await page.getByRole('button', { name: 'Print the binder (PDF)' }).waitFor();
      // Hold the answer back until the page has been checked while it waits.
      let release: () => void = () => undefined;
      const held = new Promise<void>((resolve) => {
        release = resolve;
      });
      await page.route('**/binder.pdf?*', async (route) => {
        await held;
        await route.continue();
      });
      await page.getByRole('group', { name: 'Language of the binder' }).getByLabel('Español').check();
      const download = page.waitForEvent('download', { timeout: STEP_TIMEOUT });
      await page.getByRole('button', { name: 'Print the binder (PDF)' }).click();
      await expect
        .poll(() => page.locator('section[aria-labelledby="binder-print-title"] [role="status"]').textContent(), {
          timeout: 10_000,
        })
        .toBe("Making Maya's binder. This can take a few seconds…");
      expect(await page.getByRole('progressbar', { name: 'Making the binder' }).isVisible()).toBe(true);
      await expectNoAxeViolations(page, 'the your-data tab while the binder is made');
      release();
      expect((await download).suggestedFilename()).toBe('binder-es.pdf');
      const pdf = readFileSync(await (await download).path());
      if (hasPoppler()) expect(pdfText(pdf)).toContain('La carpeta de Maya Rivera');
      await page.unroute('**/binder.pdf?*');
    },
    STEP_TIMEOUT,
  );
  it(
    'imports the record again from the children page, and names what is wrong with a bad file',
    async () => {
      const { page, baseUrl } = session;
      const studentId = dataUrl.split('/').at(-2) ?? '';
      const exported = await (await page.request.get(`${baseUrl}/api/v1/students/${studentId}/export.json`)).body();
      await page.goto(`${baseUrl}/children`);
      const file = page.getByLabel('Record file (JSON or ZIP)');
      await file.setInputFiles({
        name: 'notes.json',
        mimeType: 'application/json',
        buffer: Buffer.from('{"notes": 1}'),
      });
      await page.getByRole('button', { name: 'Import the record' }).click();
      await expect
        .poll(() => page.locator('#import-record-error').textContent(), { timeout: 10_000 })
        .toBe(
          'The record was not imported: record.format: expected "binder-record/1": this is not a Binder record export',
        );
      await expectNoAxeViolations(page, 'the children page with a refused import');
      await file.setInputFiles({ name: 'maya.json', mimeType: 'application/json', buffer: exported });
      await page.getByRole('button', { name: 'Import the record' }).click();
      await expect
        .poll(() => page.locator('section[aria-labelledby="import-record-title"] [role="status"]').textContent(), {
          timeout: 10_000,
        })
        .toBe('The record was imported. Open the imported child');
      await expect
        .poll(() => page.getByRole('heading', { name: 'Rivera family' }).count(), { timeout: 10_000 })
        .toBe(2);
      await expectNoAxeViolations(page, 'the children page after an import');
    },
    STEP_TIMEOUT,
  );
});
