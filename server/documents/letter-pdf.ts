import type { LetterContent } from '../../core/letters/letter';
import type { LetterLanguage } from '../../core/schemas/letters';
import type { PdfLanguage } from './pdf-fonts';
import { renderPdf, type PdfContent } from './pdf-renderer';

const PAGE_LABEL: Readonly<Record<PdfLanguage, (page: number, pages: number) => string>> = {
  en: (page, pages) => `Page ${String(page)} of ${String(pages)}`,
  es: (page, pages) => `Página ${String(page)} de ${String(pages)}`,
  vi: (page, pages) => `Trang ${String(page)}/${String(pages)}`,
  'zh-Hans': (page, pages) => `第 ${String(page)} 页，共 ${String(pages)} 页`,
  ar: (page, pages) => `الصفحة ${String(page)} من ${String(pages)}`,
};

/** The notice at the top of a letter's translation: read it, but send the letter itself. */
const TRANSLATION_NOTICE: Readonly<
  Record<
    PdfLanguage,
    { heading: string; note: (sentIn: LetterLanguage) => string; language: Record<LetterLanguage, string> }
  >
> = {
  en: {
    heading: 'Translation for reading only',
    language: { en: 'English', es: 'Spanish' },
    note: (sentIn) =>
      `The school receives the letter in ${TRANSLATION_NOTICE.en.language[sentIn]}. This translation is for you to read; send the letter in ${TRANSLATION_NOTICE.en.language[sentIn]}.`,
  },
  es: {
    heading: 'Traducción solo para leer',
    language: { en: 'inglés', es: 'español' },
    note: (sentIn) =>
      `La escuela recibe la carta en ${TRANSLATION_NOTICE.es.language[sentIn]}. Esta traducción es para que usted la lea; envíe la carta en ${TRANSLATION_NOTICE.es.language[sentIn]}.`,
  },
  vi: {
    heading: 'Bản dịch chỉ để đọc',
    language: { en: 'tiếng Anh', es: 'tiếng Tây Ban Nha' },
    note: (sentIn) =>
      `Nhà trường nhận thư bằng ${TRANSLATION_NOTICE.vi.language[sentIn]}. Bản dịch này để quý phụ huynh đọc; hãy gửi thư bằng ${TRANSLATION_NOTICE.vi.language[sentIn]}.`,
  },
  'zh-Hans': {
    heading: '译文（仅供阅读）',
    language: { en: '英文', es: '西班牙文' },
    note: (sentIn) =>
      `学校收到的是${TRANSLATION_NOTICE['zh-Hans'].language[sentIn]}信件。本译文仅供您阅读，请寄送${TRANSLATION_NOTICE['zh-Hans'].language[sentIn]}信件。`,
  },
  ar: {
    heading: 'ترجمة للقراءة فقط',
    language: { en: 'الإنجليزية', es: 'الإسبانية' },
    note: (sentIn) =>
      `تتسلّم المدرسة الرسالة باللغة ${TRANSLATION_NOTICE.ar.language[sentIn]}. هذه الترجمة لتقرأها أنت؛ أرسل الرسالة باللغة ${TRANSLATION_NOTICE.ar.language[sentIn]}.`,
  },
};

/** The heading of a letter's translation in its reading language ("Translation for reading only"). */
export function translationHeading(language: PdfLanguage): string {
  return TRANSLATION_NOTICE[language].heading;
}

/** A letter to print: the letter sent (English or Spanish) or its translation in a reading language. */
export type LetterPdfContent = Omit<LetterContent, 'language'> & { readonly language: PdfLanguage };

/**
 * A letter as a PDF: sender, date, recipient block, subject, paragraphs (citations are already in the
 * text), then the closing, a line to sign on and the signature, in the letter's language, with "Page 1 of 2"
 * at the foot of each page. The closing and the signature are one unbreakable block: a page never ends with
 * "Sincerely," and the name on the next page (docs/decisions/0037). Text stays text, so it can be copied
 * and read aloud. With `translationOf` (the language the letter is sent in), the letter is a translation for
 * reading (composed again in the parent's reading language, docs/decisions/0045): its first lines say so, and
 * that the school receives the letter in English or Spanish.
 */
export async function renderLetterPdf(letter: LetterPdfContent, translationOf?: LetterLanguage): Promise<Buffer> {
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
  const notice = TRANSLATION_NOTICE[letter.language];
  const title = translationOf === undefined ? letter.subject : `${notice.heading}: ${letter.subject}`;
  return renderPdf({
    info: { title, subject: letter.subject },
    language: letter.language,
    styles: { subject: { bold: true }, notice: { bold: true, fontSize: 13 } },
    content: [
      ...(translationOf === undefined
        ? []
        : [
            {
              stack: [
                { text: notice.heading, style: 'notice', margin: [0, 0, 0, 4] },
                { text: notice.note(translationOf), margin: [0, 0, 0, 0] },
              ],
              margin: [0, 0, 0, 20],
            } satisfies PdfContent,
          ]),
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
