import type { LocalizedText } from '../law/rule-status';
import type { LetterLanguage } from '../schemas/letters';
import type { LetterParagraph } from './letter';

/** One sentence of a letter in every language; a sentence that states law lists its citations. */
export interface Sentence {
  readonly text: LocalizedText;
  readonly citations?: readonly string[];
}

/** A letter's own words before the common parts (sender, recipient, closing) are added. */
export interface LetterDraft {
  readonly subject: LocalizedText;
  /** Each paragraph is a list of sentences; empty paragraphs are dropped. */
  readonly paragraphs: readonly (readonly Sentence[])[];
}

/** Text in both languages. */
export function t(en: string, es: string): LocalizedText {
  return { en, es };
}

/** A sentence that states law, with the citations it rests on. */
export function cited(text: LocalizedText, ...citations: string[]): Sentence {
  return { text, citations };
}

/** Text the family typed, as a sentence in both languages, ending with punctuation. */
export function ownWords(text: string | undefined): Sentence[] {
  if (text === undefined) return [];
  const ended = /[.!?…]["”»)]?$/.test(text) ? text : `${text}.`;
  return [{ text: t(ended, ended) }];
}

/**
 * Writes one paragraph in `language`. A cited sentence ends with its citations in parentheses,
 * `… evaluation (34 CFR 300.301(b)).`, and the paragraph lists every citation once.
 */
export function renderParagraph(sentences: readonly Sentence[], language: LetterLanguage): LetterParagraph {
  const citations: string[] = [];
  const parts = sentences.map((sentence) => {
    const text = sentence.text[language];
    if (sentence.citations === undefined || sentence.citations.length === 0) return text;
    for (const citation of sentence.citations) if (!citations.includes(citation)) citations.push(citation);
    return `${text.replace(/\.$/, '')} (${sentence.citations.join('; ')}).`;
  });
  return { text: parts.join(' '), citations };
}
