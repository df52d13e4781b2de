import { describe, expect, it } from 'vitest';
import { goalProgressQuerySchema } from '../schemas/progress-data';
import { meetingPrepQuerySchema } from '../schemas/meeting';
import { searchQuerySchema } from '../schemas/document';
import {
  capitalizedText,
  inEveryLanguage,
  LANGUAGES,
  languageOfTag,
  listIn,
  readingLanguageOf,
  textIn,
} from './format-words';

describe('reading languages', () => {
  it('are the five of issue 22, in order', () => {
    expect(LANGUAGES).toEqual(['en', 'es', 'vi', 'zh-Hans', 'ar']);
  });

  it('reads a BCP 47 tag as a reading language, and Traditional Chinese as none', () => {
    expect(languageOfTag('es-MX')).toBe('es');
    expect(languageOfTag('EN_us')).toBe('en');
    expect(languageOfTag('vi-VN')).toBe('vi');
    expect(languageOfTag('ar-EG')).toBe('ar');
    expect(languageOfTag('zh')).toBe('zh-Hans');
    expect(languageOfTag('zh-CN')).toBe('zh-Hans');
    expect(languageOfTag('zh-Hans-US')).toBe('zh-Hans');
    expect(languageOfTag('zh-TW')).toBeNull();
    expect(languageOfTag('zh-Hant')).toBeNull();
    expect(languageOfTag('fr-FR')).toBeNull();
    expect(languageOfTag('')).toBeNull();
  });

  it('reads an Accept-Language header by quality, English when nothing fits', () => {
    expect(readingLanguageOf('vi-VN,vi;q=0.9,en-US;q=0.8')).toBe('vi');
    expect(readingLanguageOf('fr-FR, zh-CN;q=0.8, en;q=0.5')).toBe('zh-Hans');
    expect(readingLanguageOf('en;q=0.4, ar;q=0.9')).toBe('ar');
    expect(readingLanguageOf('es;q=0, vi;q=0.1')).toBe('vi');
    expect(readingLanguageOf('fr')).toBe('en');
    expect(readingLanguageOf(undefined)).toBe('en');
    expect(readingLanguageOf('zh-TW, es;q=0.5')).toBe('es');
  });

  it('joins lists the way each language does', () => {
    const items = ['a', 'b', 'c'];
    expect(listIn(items, 'en')).toBe('a, b and c');
    expect(listIn(['lectura', 'interacción'], 'es')).toBe('lectura e interacción');
    expect(listIn(items, 'vi')).toBe('a, b và c');
    expect(listIn(items, 'zh-Hans')).toBe('a、b和c');
    expect(listIn(items, 'ar')).toBe('a، وb، وc');
    expect(listIn(['only'], 'ar')).toBe('only');
  });

  it('reads a missing translation in English, capitalizes where a script has case', () => {
    expect(textIn({ en: 'goal', es: 'meta' }, 'vi')).toBe('goal');
    expect(textIn({ en: 'goal', es: 'meta', ar: 'الهدف' }, 'ar')).toBe('الهدف');
    expect(capitalizedText({ en: 'goal', es: 'meta', vi: 'mục tiêu', 'zh-Hans': '目标', ar: 'الهدف' })).toEqual({
      en: 'Goal',
      es: 'Meta',
      vi: 'Mục tiêu',
      'zh-Hans': '目标',
      ar: 'الهدف',
    });
    expect(inEveryLanguage((language) => language.toUpperCase())).toEqual({
      en: 'EN',
      es: 'ES',
      vi: 'VI',
      'zh-Hans': 'ZH-HANS',
      ar: 'AR',
    });
  });

  it('is accepted by every reading-language query field, with one clear error otherwise', () => {
    for (const language of LANGUAGES) {
      expect(goalProgressQuerySchema.parse({ language }).language).toBe(language);
      expect(meetingPrepQuerySchema.parse({ language }).language).toBe(language);
      expect(searchQuerySchema.parse({ q: 'speech', language }).language).toBe(language);
    }
    for (const schema of [goalProgressQuerySchema, meetingPrepQuerySchema]) {
      const result = schema.safeParse({ language: 'fr' });
      expect(result.success).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('expected one of en, es, vi, zh-Hans, ar');
    }
  });
});
