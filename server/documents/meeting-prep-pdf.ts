import type { MeetingPrepSheet } from '../../core/case/meeting-prep-sheet';
import { renderPdf, type PdfContent } from './pdf-renderer';

/**
 * The parent's meeting preparation as one US Letter page: facts, then agenda, concerns, questions and
 * documents as lists, in a smaller type so a full sheet stays on one page. Text stays text.
 */
export async function renderMeetingPrepPdf(sheet: MeetingPrepSheet): Promise<Buffer> {
  const content: PdfContent[] = [
    { text: sheet.title, style: 'title', margin: [0, 0, 0, 8] },
    ...sheet.facts.map(([label, value]): PdfContent => ({ text: [{ text: `${label}: `, style: 'label' }, value] })),
  ];
  for (const section of sheet.sections) {
    content.push({ text: section.heading, style: 'heading', margin: [0, 10, 0, 3] });
    if (section.note !== undefined) content.push({ text: section.note, style: 'note', margin: [0, 0, 0, 3] });
    content.push({ ul: section.items.map((item): PdfContent => item), margin: [0, 0, 0, 0] });
  }
  content.push({ text: sheet.footer, style: 'note', margin: [0, 12, 0, 0] });
  return renderPdf({
    info: { title: sheet.title, subject: sheet.title },
    language: sheet.language,
    styles: {
      title: { fontSize: 15, bold: true },
      label: { bold: true },
      heading: { fontSize: 11.5, bold: true },
      note: { fontSize: 8.5, color: '#444444' },
    },
    content,
    pageMargins: [54, 48, 54, 48],
    fontSize: 9.5,
  });
}
