import type { LocalizedText } from '../../core/law/rule-status';
import { isLanguage } from './languages';

/** The text of the UI language, from core's localized text (English where core has no text in that language). */
export function localized(text: LocalizedText, language: string): string {
  return (isLanguage(language) ? text[language] : undefined) ?? text.en;
}
