import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolPdf } from '../helpers/multipart';
import { hasPoppler, pdfInfo, pdfText, readBookmarks } from '../helpers/pdf-tools';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// Issue 19's "Done when" journey in one run, on a phone (375 px): the school's IEP PDF uploaded from the
// Documents tab, linked to the IEP meeting and an event, then to a message from the school, found by a word on its
// page 2, downloaded, printed in the binder (appended, with its bookmark), and deleted with its bytes. The child,
// school and therapist are fictional.
describe.skipIf(!canRunBrowser)('documents: upload, link, search, download and delete on a phone', () => {
  let session: BrowserSession;
  let studentId: string;
  const dataDir = mkdtempSync(join(tmpdir(), 'binder-documents-journey-'));
  const files = mkdtempSync(join(tmpdir(), 'binder-documents-files-'));

  beforeAll(async () => {
    session = await openBrowserSession({
      account: PARENT,
      viewport: { width: 375, height: 812 },
      config: { dataDir },
    });
    const child = await session.api('POST', '/api/v1/students', {
      givenName: 'Nia',
      familyName: 'Adebayo',
      birthDate: '2016-05-09',
      jurisdiction: 'CA',
    });
    studentId = ((await child.json()) as { id: string }).id;
    const meeting = await session.api('POST', `/api/v1/students/${studentId}/meetings`, {
      date: '2026-10-14',
      framework: 'iep',
      purpose: 'annual',
      attendees: [{ name: 'Parent', role: 'parent' }],
    });
    expect(meeting.status()).toBe(201);
    const event = await session.api('POST', `/api/v1/students/${studentId}/events`, {
      type: 'evaluation-consent-received',
      date: '2026-09-15',
    });
    expect(event.status()).toBe(201);
    const message = await session.api('POST', `/api/v1/students/${studentId}/communications`, {
      date: '2026-10-16',
      channel: 'email',
      direction: 'from-school',
      counterpart: 'Ms. Lindqvist',
      subject: 'The final IEP',
    });
    expect(message.status()).toBe(201);
  }, 60_000);
  afterAll(async () => {
    await session.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('keeps the IEP PDF, links it, finds it by a page-2 word, downloads it, prints the binder and deletes it', async () => {
    const { page } = session;
    const pdf = await schoolPdf([
      'Individualized Education Program for Nia Adebayo (fictional). Present levels of performance.',
      'Related services: speech therapy with Ms. Quillfeather, thirty minutes weekly.',
    ]);
    const pdfFile = join(files, 'IEP-Nia.pdf');
    writeFileSync(pdfFile, pdf);
    const stored = join(
      dataDir,
      'documents',
      ...((hash) => [hash.slice(0, 2), hash.slice(2, 4), hash])(createHash('sha256').update(pdf).digest('hex')),
    );

    await page.goto(`${session.baseUrl}/students/${studentId}/documents`);
    await page.locator('#document-file').setInputFiles(pdfFile);
    await page.locator('#document-kind').selectOption('iep');
    await page.locator('#document-date').fill('2026-10-14');
    await page.locator('#document-title').fill('Annual IEP');
    await page.getByRole('group', { name: "The child's records this document belongs to" }).waitFor();
    const meetingSelect = page.getByLabel('Meeting', { exact: true });
    await expect.poll(() => meetingSelect.locator('option').count(), { timeout: 10_000 }).toBe(2);
    await meetingSelect.selectOption({ label: 'Annual review on 14 October 2026' });
    await page
      .getByLabel('Event', { exact: true })
      .selectOption({ label: 'School received the consent to evaluate on 15 September 2026' });
    await page.getByRole('button', { name: 'Upload' }).click();
    const status = page.locator('[role="status"]').first();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Saved “Annual IEP”.');
    expect(existsSync(stored)).toBe(true);
    const item = page.locator('.document-list li').first();
    await expect.poll(() => item.textContent(), { timeout: 30_000 }).toContain('Searchable');
    const links = item.locator('.document-link-list li');
    expect(await links.allTextContents()).toEqual([
      'Event: School received the consent to evaluate on 15 September 2026',
      'Meeting: Annual review on 14 October 2026',
    ]);
    await expectNoAxeViolations(page, 'the documents tab at 375 px');

    // Later, the school's message about the final IEP: the document is linked to it too.
    await page.getByRole('button', { name: 'Edit “Annual IEP”' }).click();
    const edit = page.getByRole('form', { name: 'Correct the details of “Annual IEP”' });
    await edit
      .getByLabel('Message or call')
      .selectOption({ label: '16 October 2026, “The final IEP”, with Ms. Lindqvist' });
    await expectNoAxeViolations(page, 'the documents tab while correcting a document, at 375 px');
    await edit.getByRole('button', { name: 'Save the changes' }).click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Saved the changes to “Annual IEP”.');
    await expect
      .poll(() => links.allTextContents(), { timeout: 10_000 })
      .toEqual([
        'Event: School received the consent to evaluate on 15 September 2026',
        'Meeting: Annual review on 14 October 2026',
        'Message or call: 16 October 2026, “The final IEP”, with Ms. Lindqvist',
      ]);

    await page.locator('#record-search-q').fill('Quillfeather');
    await page.getByRole('button', { name: 'Search', exact: true }).click();
    const marks = page.locator('.search-hits mark');
    await expect.poll(() => marks.allTextContents(), { timeout: 10_000 }).toContain('Quillfeather');
    expect(await page.locator('.search-hits li').first().textContent()).toContain('Annual IEP');

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('link', { name: 'Download “Annual IEP”' }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('IEP-Nia.pdf');
    expect(readFileSync(await download.path())).toEqual(pdf);

    await page.setViewportSize({ width: 1280, height: 900 });
    await expectNoAxeViolations(page, 'the documents tab on a desktop, with search results');
    await page.setViewportSize({ width: 375, height: 812 });

    // The binder, printed from the "Your data" tab: every section, the child's name, the IEP appended with its
    // own bookmark and its page-2 words.
    await page.goto(`${session.baseUrl}/students/${studentId}/data`);
    const print = page.getByRole('button', { name: 'Print the binder (PDF)' });
    await expect.poll(() => print.isVisible(), { timeout: 10_000 }).toBe(true);
    await expectNoAxeViolations(page, 'the your-data tab at 375 px, before printing');
    const [binder] = await Promise.all([page.waitForEvent('download', { timeout: 60_000 }), print.click()]);
    expect(binder.suggestedFilename()).toBe('binder-en.pdf');
    const binderPdf = readFileSync(await binder.path());
    expect(binderPdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    const bookmarks = await readBookmarks(binderPdf);
    expect(bookmarks.map((b) => b.title)).toEqual(expect.arrayContaining(['Meetings', 'Documents']));
    expect(bookmarks.at(-1)?.title).toBe('Annual IEP');
    const appended = bookmarks.at(-1)?.page ?? -1;
    expect(appended).toBeGreaterThan(bookmarks.find((b) => b.title === 'Documents')?.page ?? Infinity);
    if (hasPoppler()) {
      const pages = pdfText(binderPdf).split('\f');
      const text = pages.join('\n').replace(/\s+/g, ' ');
      expect(text).toContain('The binder of Nia Adebayo');
      for (const heading of ['Meetings', 'Communication log', 'Letters sent', 'Documents']) {
        expect(text, heading).toContain(heading);
      }
      // The IEP's two pages are the binder's last two; its page 2 carries the therapist's name.
      expect(pages[appended + 1]).toContain('Quillfeather');
      expect(Number(pdfInfo(binderPdf).Pages)).toBe(appended + 2);
    }
    await expect
      .poll(() => page.locator('section[aria-labelledby="binder-print-title"] [role="status"]').textContent(), {
        timeout: 10_000,
      })
      .toBe('The binder is ready; the download has started.');
    await expectNoAxeViolations(page, 'the your-data tab at 375 px, after printing the binder');

    await page.goto(`${session.baseUrl}/students/${studentId}/documents`);
    await page.getByRole('button', { name: 'Delete “Annual IEP”' }).click();
    await page.locator('.confirm-box button.danger').click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Deleted “Annual IEP”.');
    await expect.poll(() => page.locator('.document-list li').count()).toBe(0);
    expect(existsSync(stored)).toBe(false);
  }, 240_000);

  it('says why a file is refused in the page’s language (Spanish, desktop)', async () => {
    const { page } = session;
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.getByRole('button', { name: 'Español' }).click();
    const upload = page.getByRole('button', { name: 'Subir', exact: true });
    await expect.poll(() => upload.count(), { timeout: 10_000 }).toBe(1);
    // An executable renamed `.pdf`: the server refuses it by its bytes, with the code the page words in Spanish.
    const elf = join(files, 'iep.pdf');
    writeFileSync(elf, Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), Buffer.alloc(120, 0)]));
    await page.locator('#document-file').setInputFiles(elf);
    await page.locator('#document-date').fill('2026-10-14');
    await page.locator('#document-title').fill('IEP');
    await upload.click();
    const status = page.locator('[role="status"]').first();
    await expect
      .poll(() => status.textContent(), { timeout: 10_000 })
      .toBe(
        'No se guardó el documento: Binder no guarda este tipo de archivo, diga lo que diga su nombre: elija un archivo PDF, JPEG, PNG, HEIC, Word (DOCX) o de texto simple.',
      );
    expect(await page.locator('.document-list li').count()).toBe(0);
    await expectNoAxeViolations(page, 'the documents tab in Spanish, after a refusal');
  }, 60_000);
});
