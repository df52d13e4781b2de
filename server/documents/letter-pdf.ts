import type { LetterContent } from '../../core/letters/letter';
import type { PdfLanguage } from './pdf-fonts';
import { renderPdf, type PdfContent } from './pdf-renderer';

const PAGE_LABEL: Readonly<Record<PdfLanguage, (page: number, pages: number) => string>> = {
  en: (page, pages) => `Page ${String(page)} of ${String(pages)}`,
  es: (page, pages) => `Página ${String(page)} de ${String(pages)}`,
  vi: (page, pages) => `Trang ${String(page)}/${String(pages)}`,
  'zh-Hans': (page, pages) => `第 ${String(page)} 页，共 ${String(pages)} 页`,
  ar: (page, pages) => `الصفحة ${String(page)} من ${String(pages)}`,
};

/** A letter to print: the letter sent (English or Spanish) or its translation in a reading language. */
export type LetterPdfContent = Omit<LetterContent, 'language'> & { readonly language: PdfLanguage };

/**
 * A letter as a PDF: sender, date, recipient block, subject, paragraphs (citations are already in the
 * text), then the closing, a line to sign on and the signature, in the letter's language, with "Page 1 of 2"
 * at the foot of each page. The closing and the signature are one unbreakable block: a page never ends with
 * "Sincerely," and the name on the next page (docs/decisions/0037). Text stays text, so it can be copied
 * and read aloud.
 */
export async function renderLetterPdf(letter: LetterPdfContent): Promise<Buffer> {
  const lines = (items: readonly string[], margin: number[]): PdfContent => ({
    stack: items.map((line) => line),
    margin,
  });
  const signature: PdfContent = {
    stack: [
      { text: letter.closing, margin: [0, 8, 0, 0] },
      // Room to sign by hand, over a line.
      { canvas: [{ type: 'line', x1: 0, y1: 36, x2: 216, y2: 36, lineWidth: 0.75 }], margin: [0, 0, 0, 4] },
      lines(letter.signatureLines, [0, 0, 0, 0]),
    ],
    unbreakable: true,
  };
  return renderPdf({
    info: { title: letter.subject, subject: letter.subject },
    language: letter.language,
    styles: { subject: { bold: true } },
    content: [
      lines(letter.senderLines, [0, 0, 0, 16]),
      { text: letter.dateLine, margin: [0, 0, 0, 16] },
      lines(letter.recipientLines, [0, 0, 0, 16]),
      { text: letter.subject, style: 'subject', margin: [0, 0, 0, 12] },
      { text: letter.salutation, margin: [0, 0, 0, 10] },
      ...letter.paragraphs.map((paragraph): PdfContent => ({ text: paragraph.text, margin: [0, 0, 0, 10] })),
      signature,
    ],
    footer: (page, pages) => ({
      text: PAGE_LABEL[letter.language](page, pages),
      alignment: 'center',
      fontSize: 9,
      color: '#555555',
      margin: [0, 20, 0, 0],
    }),
  });
}
