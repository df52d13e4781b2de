import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { schoolPdf } from '../helpers/multipart';
import {
  canRunBrowser,
  expectNoAxeViolations,
  openBrowserSession,
  PARENT,
  type BrowserSession,
} from './browser-harness';

// Issue 19's journey on a phone (375 px): the school's IEP PDF uploaded from the Documents tab, linked to the IEP
// meeting, found by a word on its page 2, downloaded, and deleted with its bytes. The child, school and
// therapist are fictional.
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
  }, 60_000);
  afterAll(async () => {
    await session.close();
    rmSync(files, { recursive: true, force: true });
  });

  it('keeps the IEP PDF, links it to the meeting, finds it by a page-2 word, downloads it and deletes it', async () => {
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
    await page.locator('#document-meeting').selectOption({ index: 1 });
    await page.getByRole('button', { name: 'Upload' }).click();
    const status = page.locator('[role="status"]').first();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Saved “Annual IEP”.');
    expect(existsSync(stored)).toBe(true);
    const item = page.locator('.document-list li').first();
    await expect.poll(() => item.textContent(), { timeout: 30_000 }).toContain('Searchable');
    expect(await item.textContent()).toContain('Meeting: 14 October 2026');
    await expectNoAxeViolations(page, 'the documents tab at 375 px');

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

    await page.getByRole('button', { name: 'Delete “Annual IEP”' }).click();
    await page.locator('.confirm-box button.danger').click();
    await expect.poll(() => status.textContent(), { timeout: 10_000 }).toBe('Deleted “Annual IEP”.');
    await expect.poll(() => page.locator('.document-list li').count()).toBe(0);
    expect(existsSync(stored)).toBe(false);
  }, 120_000);

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
