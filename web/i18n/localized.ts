import type { LocalizedText } from '../../core/law/rule-status';

/** The text of the UI language, from core's `{ en, es }` pairs (English for any other language). */
export function localized(text: LocalizedText, language: string): string {
  return language === 'es' ? text.es : text.en;
}
