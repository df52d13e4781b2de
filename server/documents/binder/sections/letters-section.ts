import type { PdfContent } from '../../pdf-renderer';
import {
  citationLine,
  dateText,
  emptyNote,
  paragraph,
  headingsOf,
  type BinderSection,
  type BinderWords,
} from '../binder-section';

const WORDS = {
  en: {
    heading: 'Letters sent',
    about: 'Every letter saved in Binder, oldest first, as it was sent.',
    none: 'No letters are saved.',
    sent: (date: string) => `Sent ${date}`,
    to: 'To',
    citations: 'Citations',
  },
  es: {
    heading: 'Cartas enviadas',
    about: 'Cada carta guardada en Binder, de la más antigua a la más reciente, tal como se envió.',
    none: 'No hay cartas guardadas.',
    sent: (date: string) => `Enviada el ${date}`,
    to: 'Para',
    citations: 'Citas',
  },
  vi: {
    heading: 'Thư đã gửi',
    about: 'Mọi lá thư đã lưu trong Binder, theo thứ tự từ cũ nhất đến mới nhất, đúng như khi được gửi đi.',
    none: 'Chưa lưu lá thư nào.',
    sent: (date: string) => `Gửi ngày ${date}`,
    to: 'Gửi đến',
    citations: 'Trích dẫn',
  },
  'zh-Hans': {
    heading: '已发送的信件',
    about: '保存在 Binder 中的每一封信件，按时间从早到晚排列，内容与寄出时一致。',
    none: '没有保存的信件。',
    sent: (date: string) => `发送于${date}`,
    to: '收件人',
    citations: '法律依据',
  },
  ar: {
    heading: 'الخطابات المرسلة',
    about: 'كل خطاب محفوظ في Binder، من الأقدم إلى الأحدث، كما أُرسل.',
    none: 'لا توجد خطابات محفوظة.',
    sent: (date: string) => `أُرسل في ${date}`,
    to: 'إلى',
    citations: 'المراجع القانونية',
  },
} as const satisfies BinderWords<unknown>;

/** Each letter whole: subject, date, recipient, every paragraph, and the law each paragraph cites. */
export const lettersSection: BinderSection = {
  id: 'letters',
  heading: headingsOf(WORDS),
  content: ({ letters, language }) => {
    const words = WORDS[language];
    if (letters.length === 0) return [emptyNote(words.none)];
    return [
      paragraph(words.about),
      ...letters.flatMap((letter): PdfContent[] => {
        const citations = [...new Set(letter.paragraphs.flatMap((p) => p.citations))];
        return [
          {
            stack: [
              { text: letter.subject, style: 'subheading', margin: [0, 12, 0, 2] },
              { text: words.sent(dateText(letter.date, language)), style: 'citation', margin: [0, 0, 0, 2] },
              { text: `${words.to}: ${letter.recipientLines.join(', ')}`, style: 'citation', margin: [0, 0, 0, 6] },
            ],
            unbreakable: true,
          },
          paragraph(letter.salutation),
          ...letter.paragraphs.map((p) => paragraph(p.text)),
          paragraph(letter.closing),
          ...(letter.signatureLines.length === 0 ? [] : [paragraph(letter.signatureLines.join('\n'))]),
          ...(citations.length === 0 ? [] : [citationLine(words.citations, citations.join('; '))]),
        ];
      }),
    ];
  },
};
