import type { LetterKind, LetterLanguage } from '../schemas/letters';
import type { ReadingLanguage } from './letter-draft';

/** One paragraph of a letter; a paragraph that states law carries its citations (also written in its text). */
export interface LetterParagraph {
  readonly text: string;
  readonly citations: string[];
}

/**
 * The case event sending a letter records (docs/case-file-contract.md): an evaluation request starts the
 * evaluation clocks, a records request the 45-day records clock.
 */
export type ImpliedEvent =
  | { readonly type: 'evaluation-requested'; readonly date: string; readonly by: 'parent' }
  | { readonly type: 'records-requested'; readonly date: string }
  | { readonly type: 'iee-requested'; readonly date: string }
  | { readonly type: 'ocr-complaint-filed'; readonly date: string }
  | { readonly type: 'state-complaint-filed'; readonly date: string };

/** A letter as structured content; `plainText` is derived from the rest (see `letterPlainText`). */
export interface Letter {
  readonly kind: LetterKind;
  readonly language: LetterLanguage;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  /** The date as written on the letter: `10 September 2025` / `10 de septiembre de 2025`. */
  readonly dateLine: string;
  /** The writer's name and contact details, top of the letter. */
  readonly senderLines: string[];
  readonly recipientLines: string[];
  readonly subject: string;
  readonly salutation: string;
  readonly paragraphs: LetterParagraph[];
  readonly closing: string;
  readonly signatureLines: string[];
  readonly plainText: string;
  readonly impliedEvent: ImpliedEvent | null;
}

/** Everything of a letter but its plain text: what an editor changes before the text is derived again. */
export type LetterContent = Omit<Letter, 'plainText'>;

/**
 * A letter composed again in a reading language so the parent can read what the sent letter says
 * (`composeLetterTranslation`): the same structure, in Vietnamese, Chinese, Arabic, English or Spanish.
 */
export type LetterTranslation = Omit<Letter, 'language'> & { readonly language: ReadingLanguage };

/** A translation's content before its plain text is derived. */
export type LetterTranslationContent = Omit<LetterTranslation, 'plainText'>;
