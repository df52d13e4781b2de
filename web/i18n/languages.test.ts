import { describe, expect, it } from 'vitest';
import {
  directionOf,
  intlLocale,
  languageFromBrowser,
  LANGUAGES,
  leftToRightIn,
  OWN_NAMES,
  readingLanguageOf,
} from './languages';

describe('the language a first visit starts in', () => {
  it.each([
    [['vi-VN', 'en-US'], 'vi'],
    [['vi'], 'vi'],
    [['zh-CN'], 'zh-Hans'],
    [['zh-SG'], 'zh-Hans'],
    [['zh-Hans'], 'zh-Hans'],
    [['zh-Hans-HK'], 'zh-Hans'],
    [['zh'], 'zh-Hans'],
    [['ar-EG'], 'ar'],
    [['ar'], 'ar'],
    [['es-MX', 'en'], 'es'],
    [['en-US', 'es'], 'en'],
    [['fr-FR', 'de'], 'en'],
    [[], 'en'],
  ] as const)('%j → %s', (browser, expected) => {
    expect(languageFromBrowser(browser)).toBe(expected);
  });

  it.each([['zh-TW'], ['zh-HK'], ['zh-MO'], ['zh-Hant'], ['zh-Hant-TW']])(
    'passes over Traditional Chinese (%s): English unless the browser names another language Binder has',
    (traditional) => {
      expect(languageFromBrowser([traditional])).toBe('en');
      expect(languageFromBrowser([traditional, 'vi'])).toBe('vi');
    },
  );

  it('takes the first language Binder has, in the browser’s order', () => {
    expect(languageFromBrowser(['ko-KR', 'ar-SA', 'es'])).toBe('ar');
    expect(languageFromBrowser(['es_US', 'ar'])).toBe('es');
  });
});

describe('each language', () => {
  it('has a name in its own script', () => {
    expect(LANGUAGES.map((language) => OWN_NAMES[language])).toEqual([
      'English',
      'Español',
      'Tiếng Việt',
      '简体中文',
      'العربية',
    ]);
  });

  it('is right to left only in Arabic', () => {
    expect(LANGUAGES.filter((language) => directionOf(language) === 'rtl')).toEqual(['ar']);
  });

  it('writes numbers with Western digits, Arabic included', () => {
    for (const language of LANGUAGES) {
      expect(new Intl.NumberFormat(intlLocale(language)).format(1234567).replace(/\D/g, '')).toBe('1234567');
    }
    expect(new Intl.NumberFormat('ar-EG').format(7)).not.toBe('7');
  });
});

describe('a left-to-right value inside a sentence', () => {
  it('is isolated in Arabic and left alone elsewhere', () => {
    expect(leftToRightIn('ar', '34 CFR 300.322(e)')).toBe('\u206634 CFR 300.322(e)\u2069');
    expect(leftToRightIn('en', '34 CFR 300.322(e)')).toBe('34 CFR 300.322(e)');
    expect(leftToRightIn('zh-Hans', '34 CFR 300.322(e)')).toBe('34 CFR 300.322(e)');
  });
});

describe('readingLanguageOf', () => {
  it('keeps each of the five reading languages, so a Vietnamese page asks for Vietnamese', () => {
    for (const language of ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const)
      expect(readingLanguageOf(language)).toBe(language);
  });

  it('reads anything else in English', () => {
    expect(readingLanguageOf('fr')).toBe('en');
    expect(readingLanguageOf('')).toBe('en');
  });
});
