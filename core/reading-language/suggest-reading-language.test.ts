import { describe, expect, it } from 'vitest';
import { suggestReadingLanguage } from './suggest-reading-language';

describe('the reading language a child home language suggests', () => {
  it.each([
    [['Vietnamese'], 'vi'],
    [['Tiếng Việt'], 'vi'],
    [['tieng viet'], 'vi'],
    [['Chinese'], 'zh-Hans'],
    [['Mandarin'], 'zh-Hans'],
    [['中文'], 'zh-Hans'],
    [['Arabic'], 'ar'],
    [['العربية'], 'ar'],
    [['Spanish'], 'es'],
    [['Español'], 'es'],
    [['es', 'en'], 'es'],
    [['English', ' arabic '], 'ar'],
  ] as const)('%j suggests %s', (homeLanguages, language) => {
    expect(suggestReadingLanguage(homeLanguages)).toBe(language);
  });

  it('suggests nothing for English alone, a language Binder does not read, or no language', () => {
    expect(suggestReadingLanguage(['English'])).toBeNull();
    expect(suggestReadingLanguage(['Somali', 'Haitian Creole'])).toBeNull();
    expect(suggestReadingLanguage([])).toBeNull();
  });

  it('takes the first home language it reads', () => {
    expect(suggestReadingLanguage(['Arabic', 'Spanish'])).toBe('ar');
    expect(suggestReadingLanguage(['Somali', 'Mandarin', 'Spanish'])).toBe('zh-Hans');
  });
});
