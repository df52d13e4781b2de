import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

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
