import { PDFDocument, StandardFonts } from 'pdf-lib';
import { describe, expect, it } from 'vitest';
import { hasPoppler, inkInBand, pdfInfo, pdfText, readBookmarks, renderPages } from '../../../test/helpers/pdf-tools';
import { appendPdfs, UnreadablePdfError } from './append-pdfs';

/** A PDF of `pages` pages of `size`, each saying `label` and its page number, its text near every edge. */
async function madePdf(label: string, pages: number, size: [number, number]): Promise<Uint8Array> {
  const document = await PDFDocument.create();
  const font = await document.embedFont(StandardFonts.Helvetica);
  for (let n = 1; n <= pages; n += 1) {
    const page = document.addPage(size);
    const [width, height] = size;
    page.drawText(`${label} page ${String(n)}`, { x: 6, y: height - 20, size: 14, font });
    // Ink to the paper's very edge: appending must bring it inside the margins.
    page.drawRectangle({ x: 0, y: 0, width, height: 8 });
    page.drawRectangle({ x: width - 8, y: 0, width: 8, height });
  }
  return document.save();
}

const poppler = hasPoppler();

describe('appending PDFs to the binder', () => {
  it('gives the base back unchanged when there is nothing to append', async () => {
    const base = await madePdf('Binder', 2, [612, 792]);
    expect(await appendPdfs(base, [])).toBe(base);
  });

  it.runIf(poppler)(
    'adds every page in order, each document bookmarked at its first page, ink kept off the edges',
    async () => {
      const base = await madePdf('Binder', 3, [612, 792]);
      const iep = await madePdf('Cedar Hollow IEP', 2, [612, 792]);
      // A4 and a tall legal page: both shrink onto US Letter inside the half-inch band.
      const evaluation = await madePdf('Evaluation report', 1, [595, 842]);
      const legal = await madePdf('Prior written notice', 1, [612, 1008]);
      const merged = await appendPdfs(base, [
        { title: 'IEP from the school (2026-10-01)', bytes: iep },
        { title: 'Evaluation report — Evaluación', bytes: evaluation },
        { title: 'Prior written notice', bytes: legal },
      ]);
      expect(pdfInfo(Buffer.from(merged)).Pages).toBe('7');
      const pages = pdfText(Buffer.from(merged)).split('\f');
      expect(pages[3]).toContain('Cedar Hollow IEP page 1');
      expect(pages[4]).toContain('Cedar Hollow IEP page 2');
      expect(pages[5]).toContain('Evaluation report page 1');
      expect(pages[6]).toContain('Prior written notice page 1');
      expect(await readBookmarks(merged)).toEqual([
        { title: 'IEP from the school (2026-10-01)', page: 3 },
        { title: 'Evaluation report — Evaluación', page: 5 },
        { title: 'Prior written notice', page: 6 },
      ]);
      // At 36 dpi half an inch is 18 pixels: the appended pages (not the base's, drawn to its edges) stay blank there.
      const rendered = renderPages(merged, 36);
      for (const page of rendered.slice(3)) {
        expect(page.width).toBe(306);
        expect(inkInBand(page, 17)).toBe(0);
      }
      const [basePage] = rendered;
      expect(basePage === undefined ? 0 : inkInBand(basePage, 17)).toBeGreaterThan(0);
    },
  );

  it('refuses a document that is not a PDF, naming it', async () => {
    const base = await madePdf('Binder', 1, [612, 792]);
    const notPdf = new TextEncoder().encode('MZ this is an executable, not a PDF');
    await expect(appendPdfs(base, [{ title: 'report-card.pdf', bytes: notPdf }])).rejects.toThrow(UnreadablePdfError);
    await expect(appendPdfs(base, [{ title: 'report-card.pdf', bytes: notPdf }])).rejects.toThrow(/report-card\.pdf/);
  });
});
