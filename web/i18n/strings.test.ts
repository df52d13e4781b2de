import { describe, expect, it } from 'vitest';
import { mergeTranslations, type Translations } from './merge-translations';
import shellEnglish from './shell.en.json';
import shellSpanish from './shell.es.json';
import { strings as pagesEnglish } from './strings.en';
import { strings as pagesSpanish } from './strings.es';

const english = mergeTranslations(shellEnglish, pagesEnglish);
const spanish = mergeTranslations(shellSpanish, pagesSpanish);

/** Every string with its dotted key. */
function leaves(translations: Translations, prefix = ''): [string, string][] {
  return Object.entries(translations).flatMap(([key, value]): [string, string][] =>
    typeof value === 'string' ? [[`${prefix}${key}`, value]] : leaves(value, `${prefix}${key}.`),
  );
}

const keys = (translations: Translations) => leaves(translations).map(([key]) => key);

// Each language loads on its own with no fallback language behind it (i18n.ts), so a key missing from one
// would show as the bare key on the page.
describe('the two languages’ strings', () => {
  it('hold exactly the same keys', () => {
    expect(keys(spanish).sort()).toEqual(keys(english).sort());
    expect(keys(english).length).toBeGreaterThan(500);
  });

  it('keep the shell’s strings (loaded first) apart from the pages’ (loaded with the first page)', () => {
    const sections = (translations: Translations) => Object.keys(translations);
    const shared = sections(shellEnglish).filter((section) => sections(pagesEnglish).includes(section));
    expect(shared).toEqual([]);
  });

  it('leave no string empty', () => {
    for (const strings of [english, spanish]) {
      expect(leaves(strings).filter(([, value]) => value.trim() === '')).toEqual([]);
    }
  });
});
