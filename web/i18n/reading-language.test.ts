import { describe, expect, it } from 'vitest';
import { readingLanguage } from './reading-language';

describe('readingLanguage', () => {
  it('keeps each of the five reading languages, so a Vietnamese page asks for Vietnamese', () => {
    for (const language of ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const)
      expect(readingLanguage(language)).toBe(language);
  });

  it('reads anything else in English', () => {
    expect(readingLanguage('fr')).toBe('en');
    expect(readingLanguage('')).toBe('en');
  });
});
