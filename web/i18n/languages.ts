/**
 * The languages Binder's pages are read in, and what the browser needs to know about each: the `lang` tag, the
 * writing direction, the name in its own script (what the language switcher shows) and the Intl locale its dates
 * and numbers are written with. docs/decisions/0049.
 */
export const LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;
export type Language = (typeof LANGUAGES)[number];

export function isLanguage(value: unknown): value is Language {
  return typeof value === 'string' && (LANGUAGES as readonly string[]).includes(value);
}

/**
 * The page's language as a reading language, as the API's `language` fields take it (English for anything else,
 * which i18next never holds): what a component sends when the server words something for the reader.
 */
export function readingLanguageOf(pageLanguage: string): Language {
  return isLanguage(pageLanguage) ? pageLanguage : 'en';
}

/** Each language's name in its own script: the same on every page, whatever language the page is in. */
export const OWN_NAMES: Readonly<Record<Language, string>> = {
  en: 'English',
  es: 'Español',
  vi: 'Tiếng Việt',
  'zh-Hans': '简体中文',
  ar: 'العربية',
};

/** Arabic is written right to left; the four others left to right. */
export function directionOf(language: string): 'ltr' | 'rtl' {
  return language === 'ar' ? 'rtl' : 'ltr';
}

/**
 * The Intl locale of a language's numbers, dates and times. Arabic keeps Western digits (`nu-latn`): the digits of
 * U.S. school documents, IEPs and the dates and citations Binder quotes (0049).
 */
const INTL_LOCALES: Readonly<Record<Language, string>> = {
  en: 'en-US',
  es: 'es-US',
  vi: 'vi-VN',
  'zh-Hans': 'zh-Hans-CN',
  ar: 'ar-u-nu-latn',
};

/** The Intl locale for `language` (English's for a language Binder does not have). */
export function intlLocale(language: string): string {
  return isLanguage(language) ? INTL_LOCALES[language] : INTL_LOCALES.en;
}

/**
 * The language to start in when the person has not chosen one: the first of the browser's languages
 * (`navigator.languages`, most wanted first) that Binder has, else English. Chinese in Simplified script (zh, zh-CN,
 * zh-SG, zh-Hans…) is `zh-Hans`; Traditional Chinese (zh-TW, zh-HK, zh-MO, zh-Hant…) is not offered yet, so such a
 * tag is passed over like any language Binder lacks.
 */
export function languageFromBrowser(preferred: readonly string[]): Language {
  for (const tag of preferred) {
    const language = matchTag(tag);
    if (language !== null) return language;
  }
  return 'en';
}

const TRADITIONAL_CHINESE = /^zh-(hant|tw|hk|mo)(-|$)/;

function matchTag(tag: string): Language | null {
  const lower = tag.trim().toLowerCase().replace(/_/g, '-');
  const primary = lower.split('-')[0] ?? '';
  switch (primary) {
    case 'en':
      return 'en';
    case 'es':
      return 'es';
    case 'vi':
      return 'vi';
    case 'ar':
      return 'ar';
    case 'zh':
      if (lower.startsWith('zh-hans')) return 'zh-Hans';
      return TRADITIONAL_CHINESE.test(lower) ? null : 'zh-Hans';
    default:
      return null;
  }
}

/**
 * A citation, code, e-mail address or number put into a sentence of `language`: in a right-to-left language it is
 * wrapped in Unicode's left-to-right isolate (LRI … PDI), so "34 CFR 300.322(e)" keeps its order inside Arabic
 * text; in the other languages it is returned as it is. For values interpolated into translated strings, where no
 * element (`<bdi dir="ltr">`, the `.citation` class) can hold them.
 */
export function leftToRightIn(language: string, text: string): string {
  return directionOf(language) === 'rtl' ? `\u2066${text}\u2069` : text;
}
