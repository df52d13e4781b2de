import { execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PDFArray, PDFDict, PDFDocument, PDFHexString, PDFName, PDFRef, PDFString } from 'pdf-lib';

/** Whether poppler-utils (pdftotext, pdftoppm, pdfinfo) are installed; .ci/run installs them. */
export function hasPoppler(): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    return false;
  }
}

/** Runs a poppler tool on a PDF held in memory, in a temporary folder. */
function withPdf<T>(pdf: Buffer, work: (file: string, dir: string) => T): T {
  const dir = mkdtempSync(join(tmpdir(), 'binder-pdf-'));
  try {
    const file = join(dir, 'document.pdf');
    writeFileSync(file, pdf);
    return work(file, dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The PDF's text as pdftotext extracts it (layout kept), per page separated by form feeds. */
export function pdfText(pdf: Buffer): string {
  return withPdf(pdf, (file) =>
    execFileSync('pdftotext', ['-layout', '-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }),
  );
}

/** pdftotext without layout: lines in reading order, with the bidi marks it adds around right-to-left lines removed. */
export function readingText(pdf: Buffer): string {
  return withPdf(pdf, (file) =>
    execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' }).replace(
      /[\u200e\u200f\u202a-\u202e]/gu,
      '',
    ),
  );
}

/**
 * Arabic text as pdftotext reads it back, compared without what pdftotext itself gets wrong in right-to-left
 * lines (docs/decisions/0046): it reverses the two letters of the lam-alef ligature, moves neutral
 * punctuation and spaces beside it, and puts vowel marks on lines of their own. The words and their order stay.
 */
export function squash(text: string): string {
  return text
    .replace(/[\u064b-\u065f\u0670]/gu, '')
    .replace(/ل([اأإآ])/gu, '$1ل')
    .replace(/[\s():،.؛]/gu, '');
}

/** pdfinfo's fields: Pages, Page size, Title, … */
export function pdfInfo(pdf: Buffer): Record<string, string> {
  const out = withPdf(pdf, (file) => execFileSync('pdfinfo', [file], { encoding: 'utf8' }));
  return Object.fromEntries(
    out
      .split('\n')
      .filter((line) => line.includes(':'))
      .map((line) => [line.slice(0, line.indexOf(':')).trim(), line.slice(line.indexOf(':') + 1).trim()]),
  );
}

/**
 * Page 1 rendered at 50 dpi as a greyscale PGM: width, height and pixels (0 black … 255 white), to check
 * that ink stays inside the margins.
 */
export function renderFirstPage(pdf: Buffer): { width: number; height: number; pixels: Uint8Array } {
  return withPdf(pdf, (file, dir) => {
    execFileSync('pdftoppm', ['-f', '1', '-l', '1', '-r', '50', '-gray', file, join(dir, 'page')]);
    const pgm = readFileSync(join(dir, 'page-1.pgm'));
    // Header: "P5\n<width> <height>\n255\n" then one byte per pixel.
    const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
    if (header === null) throw new Error('pdftoppm did not write a PGM image');
    const width = Number(header[1]);
    const height = Number(header[2]);
    return { width, height, pixels: new Uint8Array(pgm.subarray(header[0].length)) };
  });
}

/** The share of dark pixels in a band of rows or columns, to find ink outside the printable area. */
export function inkOutside(page: { width: number; height: number; pixels: Uint8Array }, marginPx: number): number {
  let dark = 0;
  for (let y = 0; y < page.height; y += 1) {
    for (let x = 0; x < page.width; x += 1) {
      const isMargin =
        x < marginPx || x >= page.width - marginPx || y < marginPx / 2 || y >= page.height - marginPx / 2;
      if (isMargin && (page.pixels[y * page.width + x] ?? 255) < 128) dark += 1;
    }
  }
  return dark;
}

/** Every page rendered at `dpi` as greyscale PGMs, in page order (see renderFirstPage). */
export function renderPages(
  pdf: Buffer | Uint8Array,
  dpi = 36,
): { width: number; height: number; pixels: Uint8Array }[] {
  return withPdf(Buffer.from(pdf), (file, dir) => {
    execFileSync('pdftoppm', ['-r', String(dpi), '-gray', file, join(dir, 'page')]);
    const names = readdirSync(dir)
      .filter((name) => name.endsWith('.pgm'))
      .sort((a, b) => Number(/(\d+)\.pgm$/.exec(a)?.[1]) - Number(/(\d+)\.pgm$/.exec(b)?.[1]));
    return names.map((name) => {
      const pgm = readFileSync(join(dir, name));
      const header = /^P5\s+(\d+)\s+(\d+)\s+255\s/.exec(pgm.subarray(0, 40).toString('latin1'));
      if (header === null) throw new Error('pdftoppm did not write a PGM image');
      const width = Number(header[1]);
      const height = Number(header[2]);
      return { width, height, pixels: new Uint8Array(pgm.subarray(header[0].length)) };
    });
  });
}

/** Pixels darker than light grey in the band `bandPx` wide along every edge of the page (0 when blank). */
export function inkInBand(page: { width: number; height: number; pixels: Uint8Array }, bandPx: number): number {
  let dark = 0;
  for (let y = 0; y < page.height; y += 1) {
    for (let x = 0; x < page.width; x += 1) {
      const inBand = x < bandPx || x >= page.width - bandPx || y < bandPx || y >= page.height - bandPx;
      if (inBand && (page.pixels[y * page.width + x] ?? 255) < 230) dark += 1;
    }
  }
  return dark;
}

/** The PDF's top-level bookmarks (outline), in order, with the index of the page each opens. */
export async function readBookmarks(pdf: Uint8Array): Promise<{ title: string; page: number }[]> {
  const document = await PDFDocument.load(pdf, { updateMetadata: false });
  const pageIndex = new Map(document.getPages().map((page, index) => [page.ref.toString(), index]));
  const root = document.catalog.lookupMaybe(PDFName.of('Outlines'), PDFDict);
  const found: { title: string; page: number }[] = [];
  let next = root?.get(PDFName.of('First'));
  while (next instanceof PDFRef && found.length < 1000) {
    const item = document.context.lookup(next, PDFDict);
    const title = item.lookup(PDFName.of('Title'));
    const destination = item.lookup(PDFName.of('Dest'));
    const target = destination instanceof PDFArray ? destination.get(0) : undefined;
    found.push({
      title: title instanceof PDFString || title instanceof PDFHexString ? title.decodeText() : '',
      page: target instanceof PDFRef ? (pageIndex.get(target.toString()) ?? -1) : -1,
    });
    next = item.get(PDFName.of('Next'));
  }
  return found;
}
