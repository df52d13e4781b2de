import { isLanguage, LANGUAGES, type Language } from '../i18n/languages';

/** The reading languages a letter can be read in: every one but its own (docs/decisions/0045). */
export function otherLanguages(letterLanguage: string): Language[] {
  return LANGUAGES.filter((language) => language !== letterLanguage);
}

/**
 * The language a letter's translation is first offered in: the page's, when the letter is in another (a parent
 * reading Binder in Vietnamese reads the English letter in Vietnamese); else the first other reading language.
 */
export function defaultReadingLanguage(letterLanguage: string, pageLanguage: string): Language {
  if (isLanguage(pageLanguage) && pageLanguage !== letterLanguage) return pageLanguage;
  return otherLanguages(letterLanguage)[0] ?? 'en';
}
