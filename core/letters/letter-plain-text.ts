import type { LetterTranslationContent } from './letter';
import type { ReadingLanguage } from './letter-draft';

const SUBJECT_LABEL: Readonly<Record<ReadingLanguage, string>> = {
  en: 'Re:',
  es: 'Asunto:',
  vi: 'V/v:',
  'zh-Hans': '事由：',
  ar: 'الموضوع:',
};

/**
 * The letter as plain text, derived from its structure: sender, date, recipient, subject, salutation,
 * paragraphs, closing and signature, separated by blank lines. Call it again after editing a paragraph.
 */
export function letterPlainText(letter: LetterTranslationContent): string {
  const blocks = [
    letter.senderLines.join('\n'),
    letter.dateLine,
    letter.recipientLines.join('\n'),
    letter.language === 'zh-Hans'
      ? `${SUBJECT_LABEL[letter.language]}${letter.subject}`
      : `${SUBJECT_LABEL[letter.language]} ${letter.subject}`,
    letter.salutation,
    ...letter.paragraphs.map((paragraph) => paragraph.text),
    letter.closing,
    letter.signatureLines.join('\n'),
  ];
  return `${blocks.filter((block) => block !== '').join('\n\n')}\n`;
}
