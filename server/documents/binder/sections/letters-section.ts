import type { PdfContent } from '../../pdf-renderer';
import { citationLine, dateText, emptyNote, paragraph, type BinderSection, type BinderWords } from '../binder-section';

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
} as const satisfies BinderWords<unknown>;

/** Each letter whole: subject, date, recipient, every paragraph, and the law each paragraph cites. */
export const lettersSection: BinderSection = {
  id: 'letters',
  heading: { en: WORDS.en.heading, es: WORDS.es.heading },
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
