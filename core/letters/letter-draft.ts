import { TEXT_LANGUAGES, type LocalizedText } from '../law/rule-status';
import type { LetterParagraph } from './letter';

/**
 * The languages a letter can be read in (docs/decisions/0045): the letter is sent in English or Spanish
 * (`LetterLanguage`), and composed again in any of these so a parent can read what it says side by side.
 */
export const READING_LANGUAGES = TEXT_LANGUAGES;
export type ReadingLanguage = (typeof READING_LANGUAGES)[number];

/** A letter's text in every reading language: nothing is left to fall back on. */
export type LetterText = Readonly<Record<ReadingLanguage, string>>;

/** One sentence of a letter in every language; a sentence that states law lists its citations. */
export interface Sentence {
  readonly text: LetterText;
  readonly citations?: readonly string[];
}

/** A letter's own words before the common parts (sender, recipient, closing) are added. */
export interface LetterDraft {
  readonly subject: LetterText;
  /** Each paragraph is a list of sentences; empty paragraphs are dropped. */
  readonly paragraphs: readonly (readonly Sentence[])[];
}

/** Text in the five reading languages, in the order of `READING_LANGUAGES`. */
export function t(en: string, es: string, vi: string, zhHans: string, ar: string): LetterText {
  return { en, es, vi, 'zh-Hans': zhHans, ar };
}

/**
 * Text another part of Binder words (a state's name, an area of concern, a clock) in `language`; English
 * where that part has no words in the language yet.
 */
export function inLanguage(text: LocalizedText, language: ReadingLanguage): string {
  return text[language] ?? text.en;
}

/** Text from another part of Binder as a letter's text in every language (see `inLanguage`). */
export function everyLanguage(text: LocalizedText): LetterText {
  return t(text.en, text.es, inLanguage(text, 'vi'), inLanguage(text, 'zh-Hans'), inLanguage(text, 'ar'));
}

/** The same text in every language: words the family typed, or a name. */
export function same(text: string): LetterText {
  return t(text, text, text, text, text);
}

/** A sentence that states law, with the citations it rests on. */
export function cited(text: LetterText, ...citations: string[]): Sentence {
  return { text, citations };
}

/** Text the family typed, as a sentence in every language, ending with punctuation. */
export function ownWords(text: string | undefined): Sentence[] {
  if (text === undefined) return [];
  const ended = /[.!?…。]["”»)]?$/.test(text) ? text : `${text}.`;
  return [{ text: same(ended) }];
}

/** Chinese sentences end with a full-width stop, are not separated by spaces, and put citations in full-width brackets. */
function withCitations(text: string, citations: readonly string[], language: ReadingLanguage): string {
  if (language === 'zh-Hans') return `${text.replace(/[.。]$/, '')}（${citations.join('；')}）。`;
  return `${text.replace(/\.$/, '')} (${citations.join('; ')}).`;
}

/**
 * Writes one paragraph in `language`. A cited sentence ends with its citations in parentheses,
 * `… evaluation (34 CFR 300.301(b)).`, and the paragraph lists every citation once.
 */
export function renderParagraph(sentences: readonly Sentence[], language: ReadingLanguage): LetterParagraph {
  const citations: string[] = [];
  const parts = sentences.map((sentence) => {
    const text = sentence.text[language];
    if (sentence.citations === undefined || sentence.citations.length === 0) return text;
    for (const citation of sentence.citations) if (!citations.includes(citation)) citations.push(citation);
    return withCitations(text, sentence.citations, language);
  });
  return { text: parts.join(language === 'zh-Hans' ? '' : ' '), citations };
}
