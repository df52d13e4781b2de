import { describe, expect, it } from 'vitest';
import {
  BROWSER_DECIDES,
  languageOfRadio,
  languageToApply,
  radioValueOf,
  readingLanguageName,
  splitAround,
  suggestionToOffer,
} from './reading-language';

describe('the saved reading language', () => {
  it('wins over the page language when it differs', () => {
    expect(languageToApply('vi', 'en')).toBe('vi');
    expect(languageToApply('ar', 'zh-Hans')).toBe('ar');
  });

  it('changes nothing when it is the page language already, or when none is saved', () => {
    expect(languageToApply('vi', 'vi')).toBeNull();
    expect(languageToApply(null, 'es')).toBeNull();
  });
});

describe('the suggestion from a child’s home language', () => {
  it('is offered while nothing is saved and the page is in another language', () => {
    expect(suggestionToOffer({ language: null, suggested: 'vi' }, 'en', null)).toBe('vi');
    expect(suggestionToOffer({ language: null, suggested: 'ar' }, 'es', 'vi')).toBe('ar');
  });

  it('is not offered once a language is saved, even English', () => {
    expect(suggestionToOffer({ language: 'en', suggested: 'vi' }, 'en', null)).toBeNull();
  });

  it('is not offered when the page is in that language already', () => {
    expect(suggestionToOffer({ language: null, suggested: 'es' }, 'es', null)).toBeNull();
  });

  it('is not offered again after the person kept their language, unless another language is suggested', () => {
    expect(suggestionToOffer({ language: null, suggested: 'vi' }, 'en', 'vi')).toBeNull();
    expect(suggestionToOffer({ language: null, suggested: 'zh-Hans' }, 'en', 'vi')).toBe('zh-Hans');
  });

  it('is not offered with nothing to suggest, or before the account is read', () => {
    expect(suggestionToOffer({ language: null, suggested: null }, 'en', null)).toBeNull();
    expect(suggestionToOffer(undefined, 'en', null)).toBeNull();
  });
});

describe('the account page’s radio buttons', () => {
  it('stand for the five languages and for "let my browser decide"', () => {
    expect(radioValueOf('zh-Hans')).toBe('zh-Hans');
    expect(radioValueOf(null)).toBe(BROWSER_DECIDES);
    expect(languageOfRadio('zh-Hans')).toBe('zh-Hans');
    expect(languageOfRadio(BROWSER_DECIDES)).toBeNull();
  });
});

describe('a reading language named in the page’s language', () => {
  it('names Vietnamese in English, Spanish and Arabic', () => {
    expect(readingLanguageName('vi', 'en')).toBe('Vietnamese');
    expect(readingLanguageName('vi', 'es')).toBe('vietnamita');
    expect(readingLanguageName('ar', 'ar')).toBe('العربية');
  });

  it('names Simplified Chinese as Chinese, the language a family speaks', () => {
    expect(readingLanguageName('zh-Hans', 'en')).toBe('Chinese');
  });
});

describe('a sentence cut around a value', () => {
  it('gives the words before and after the marker', () => {
    expect(splitAround('Read Binder in #?', '#')).toEqual({ before: 'Read Binder in ', after: '?', found: true });
  });

  it('keeps the whole sentence when a translation left the value out', () => {
    expect(splitAround('Read Binder?', '#')).toEqual({ before: 'Read Binder?', after: '', found: false });
  });
});
