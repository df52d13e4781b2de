import { isLanguage, type Language } from './languages';

/**
 * The reading language of the page, as the API's `language` fields take it: i18next's current language when it is
 * one of Binder's five, else English. What a component sends when the server words something for the reader
 * (progress words, the meeting prep sheet, search stemming, invitation mail), so no page picks between English and
 * Spanish alone (docs/decisions/0045).
 */
export function readingLanguage(language: string): Language {
  return isLanguage(language) ? language : 'en';
}
