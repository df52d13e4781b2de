import type { LetterContent } from '../../core/letters/letter';
import { renderPdf, type PdfContent } from './pdf-renderer';

/**
 * A letter as a PDF: sender, date, recipient, subject, paragraphs (citations are already in the text),
 * closing and signature, in the letter's language. Text stays text, so it can be copied and read aloud.
 */
export async function renderLetterPdf(letter: LetterContent): Promise<Buffer> {
  const lines = (items: readonly string[], margin: number[]): PdfContent => ({
    stack: items.map((line) => line),
    margin,
  });
  return renderPdf({
    info: { title: letter.subject, subject: letter.subject },
    language: letter.language === 'es' ? 'es-US' : 'en-US',
    styles: { subject: { bold: true } },
    content: [
      lines(letter.senderLines, [0, 0, 0, 16]),
      { text: letter.dateLine, margin: [0, 0, 0, 16] },
      lines(letter.recipientLines, [0, 0, 0, 16]),
      { text: letter.subject, style: 'subject', margin: [0, 0, 0, 12] },
      { text: letter.salutation, margin: [0, 0, 0, 10] },
      ...letter.paragraphs.map((paragraph): PdfContent => ({ text: paragraph.text, margin: [0, 0, 0, 10] })),
      { text: letter.closing, margin: [0, 8, 0, 28] },
      lines(letter.signatureLines, [0, 0, 0, 0]),
    ],
    footer: (page, pages) => ({
      text: `${String(page)} / ${String(pages)}`,
      alignment: 'center',
      fontSize: 9,
      color: '#555555',
      margin: [0, 20, 0, 0],
    }),
  });
}
