import { createRequire } from 'node:module';

/** The part of a pdfmake document definition Binder uses (pdfmake 0.3 ships no types). */
export type PdfContent =
  | string
  | {
      text: string | PdfContent[];
      style?: string;
      bold?: boolean;
      fontSize?: number;
      margin?: number[];
      color?: string;
      alignment?: string;
      italics?: boolean;
      /** A heading listed in the document's table of contents (`toc`), with its page number. */
      tocItem?: boolean;
      /** A heading made a PDF bookmark. */
      outline?: boolean;
      pageBreak?: 'before' | 'after';
    }
  | { svg: string; width: number; margin?: number[] }
  | { stack: PdfContent[]; margin?: number[]; unbreakable?: boolean }
  | { canvas: { type: 'line'; x1: number; y1: number; x2: number; y2: number; lineWidth: number }[]; margin?: number[] }
  | { toc: { title: PdfContent; numberStyle?: Record<string, unknown> }; margin?: number[] }
  | {
      table: { headerRows?: number; widths: (number | string)[]; body: PdfContent[][] };
      layout?: string;
      margin?: number[];
    }
  | { ul: PdfContent[]; margin?: number[] };

export interface PdfDocument {
  readonly info: { title: string; author?: string; subject?: string; creator?: string };
  readonly language: string;
  readonly content: PdfContent[];
  readonly styles?: Record<string, Record<string, unknown>>;
  readonly footer?: (currentPage: number, pageCount: number) => PdfContent;
  /** Points; one inch on every side when not given. */
  readonly pageMargins?: readonly [number, number, number, number];
  /** The body text's size in points; 11 when not given. */
  readonly fontSize?: number;
}

interface PdfMake {
  setFonts(fonts: unknown): void;
  setUrlAccessPolicy(policy: (url: string) => boolean): void;
  setLocalAccessPolicy(policy: (path: string) => boolean): void;
  createPdf(definition: Record<string, unknown>): { getBuffer(): Promise<Buffer> };
}

const require = createRequire(import.meta.url);
const pdfmake = require('pdfmake') as PdfMake;
const robotoFonts = require('pdfmake/fonts/Roboto') as { Roboto: Record<string, string> };
const fontFiles = new Set(Object.values(robotoFonts.Roboto));

// Roboto (shipped inside pdfmake, embedded as a subset) covers Spanish accents and ñ. No document may
// reach the network or any file but these fonts: a letter's text is the family's, not a path.
pdfmake.setFonts(robotoFonts);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => fontFiles.has(path));

/** US Letter with one-inch margins, Roboto 11 pt, document language and title set for screen readers. */
export async function renderPdf(document: PdfDocument): Promise<Buffer> {
  return pdfmake
    .createPdf({
      pageSize: 'LETTER',
      pageMargins: document.pageMargins ?? [72, 72, 72, 72],
      info: { creator: 'Binder', producer: 'Binder', ...document.info },
      language: document.language,
      defaultStyle: { font: 'Roboto', fontSize: document.fontSize ?? 11, lineHeight: 1.2 },
      styles: document.styles ?? {},
      content: document.content,
      ...(document.footer === undefined ? {} : { footer: document.footer }),
    })
    .getBuffer();
}
