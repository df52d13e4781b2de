import { createRequire } from 'node:module';
import { bodyFont, FONT_FILES, PDF_FONTS, PDF_LANGUAGE_TAGS, type PdfLanguage } from './pdf-fonts';
import { layoutRightToLeft, rootStyle } from './rtl-layout';

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
  /** The document's language: its font, its /Lang tag and, for Arabic, its right-to-left layout. */
  readonly language: PdfLanguage;
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

// The fonts of ./pdf-fonts.ts, embedded as subsets. No document may reach the network or any file but
// these fonts: a letter's text is the family's, not a path.
pdfmake.setFonts(PDF_FONTS);
pdfmake.setUrlAccessPolicy(() => false);
pdfmake.setLocalAccessPolicy((path) => FONT_FILES.has(path));

/** US Letter's width in points. */
const PAGE_WIDTH = 612;

/**
 * US Letter with one-inch margins, 11 pt, in the language's font (docs/decisions/0046), document language
 * and title set for screen readers. An Arabic document is laid out right to left first (./rtl-layout.ts).
 */
export async function renderPdf(document: PdfDocument): Promise<Buffer> {
  const pageMargins = document.pageMargins ?? [72, 72, 72, 72];
  const fontSize = document.fontSize ?? 11;
  const styles = document.styles ?? {};
  const rightToLeft = document.language === 'ar';
  const contentWidth = PAGE_WIDTH - pageMargins[0] - pageMargins[2];
  const font = bodyFont(document.language);
  // A drawing's words (a graph's labels) take the default font too: pdfmake gives an SVG the font in effect.
  const layout = (node: PdfContent, width: number): PdfContent =>
    rightToLeft ? layoutRightToLeft(node, width, rootStyle(fontSize), { styles, fontSize }) : node;
  const footer = document.footer;
  return pdfmake
    .createPdf({
      pageSize: 'LETTER',
      pageMargins,
      info: { creator: 'Binder', producer: 'Binder', ...document.info },
      language: PDF_LANGUAGE_TAGS[document.language],
      defaultStyle: { font, fontSize, lineHeight: 1.2 },
      styles,
      content: document.content.map((node) => layout(node, contentWidth)),
      ...(footer === undefined
        ? {}
        : { footer: (page: number, pages: number) => layout(footer(page, pages), PAGE_WIDTH) }),
    })
    .getBuffer();
}
