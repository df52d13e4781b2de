import { describe, expect, it } from 'vitest';
import { defaultReadingLanguage, otherLanguages } from './reading-language';

describe("a letter's reading languages", () => {
  it('are every language but the letter’s own', () => {
    expect(otherLanguages('en')).toEqual(['es', 'vi', 'zh-Hans', 'ar']);
    expect(otherLanguages('es')).toEqual(['en', 'vi', 'zh-Hans', 'ar']);
  });

  it('start at the page’s language when the letter is in another', () => {
    expect(defaultReadingLanguage('en', 'vi')).toBe('vi');
    expect(defaultReadingLanguage('es', 'ar')).toBe('ar');
    expect(defaultReadingLanguage('en', 'es')).toBe('es');
  });

  it('start at the first other language when the page is in the letter’s language', () => {
    expect(defaultReadingLanguage('en', 'en')).toBe('es');
    expect(defaultReadingLanguage('es', 'es')).toBe('en');
    expect(defaultReadingLanguage('en', 'fr')).toBe('es');
  });
});
