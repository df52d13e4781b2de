import type { LetterContent } from './letter';

const SUBJECT_LABEL = { en: 'Re:', es: 'Asunto:' } as const;

/**
 * The letter as plain text, derived from its structure: sender, date, recipient, subject, salutation,
 * paragraphs, closing and signature, separated by blank lines. Call it again after editing a paragraph.
 */
export function letterPlainText(letter: LetterContent): string {
  const blocks = [
    letter.senderLines.join('\n'),
    letter.dateLine,
    letter.recipientLines.join('\n'),
    `${SUBJECT_LABEL[letter.language]} ${letter.subject}`,
    letter.salutation,
    ...letter.paragraphs.map((paragraph) => paragraph.text),
    letter.closing,
    letter.signatureLines.join('\n'),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
