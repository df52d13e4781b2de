import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mergeTranslations, type Translations } from './merge-translations';
import { LANGUAGES } from './languages';
import shellArabic from './shell.ar.json';
import shellEnglish from './shell.en.json';
import shellSpanish from './shell.es.json';
import shellVietnamese from './shell.vi.json';
import shellChinese from './shell.zh-Hans.json';
import { strings as pagesArabic } from './strings.ar';
import { strings as pagesEnglish } from './strings.en';
import { strings as pagesSpanish } from './strings.es';
import { strings as pagesVietnamese } from './strings.vi';
import { strings as pagesChinese } from './strings.zh-Hans';

/** Every string with its dotted key. */
function leaves(translations: Translations, prefix = ''): [string, string][] {
  return Object.entries(translations).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const keys = (translations: Translations) => leaves(translations).map(([key]) => key);

const loaded = {
  en: mergeTranslations(shellEnglish, pagesEnglish),
  es: mergeTranslations(shellSpanish, pagesSpanish),
  vi: mergeTranslations(shellVietnamese, pagesVietnamese),
  'zh-Hans': mergeTranslations(shellChinese, pagesChinese),
  ar: mergeTranslations(shellArabic, pagesArabic),
};

// What i18n.ts loads for a language is its shell strings and its page strings (strings.<lang>.ts), with no
// fallback language behind them: a string file left out of both would show its keys on the page.
// translations-complete.test.ts proves each English file has a twin in every language with the same keys.
describe('the strings the app loads', () => {
  it.each(LANGUAGES)('in %s: every key of every string file on disk', (language) => {
    const files = readdirSync(import.meta.dirname).filter(
      (name) =>
        name === `${language}.json` || (name.endsWith(`.${language}.json`) && !name.startsWith('same-as-english.')),
    );
    expect(files.length).toBeGreaterThan(5);
    const onDisk = files.flatMap((name) =>
      keys(JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8')) as Translations),
    );
    expect(keys(loaded[language]).sort()).toEqual([...new Set(onDisk)].sort());
  });

  it('keep the shell’s strings (loaded first) apart from the pages’ (loaded with the first page)', () => {
    const pageSections = Object.keys(pagesEnglish);
    expect(Object.keys(shellEnglish).filter((section) => pageSections.includes(section))).toEqual([]);
  });

  it('leave no string empty', () => {
    for (const strings of Object.values(loaded)) {
      expect(leaves(strings).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });
});
