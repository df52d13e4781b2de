import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { LANGUAGES } from './languages';
import { fileName, pluralCategories, translationProblems, type SameAsEnglish } from './translation-check';

// Every English string file has a twin in every language with exactly the same keys (plural keys per that
// language's plural forms), the same {{interpolations}} and <1>tags</1>, and no value left in English unless
// same-as-english.<lang>.json says why. The files are found on disk, so a new namespace is checked without being
// listed here. The rules themselves (translation-check.ts) are proven first on a small tree of this file's own.

const HERE = join(import.meta.dirname);

const read = (name: string): unknown => JSON.parse(readFileSync(join(HERE, name), 'utf8'));

const englishStems = readdirSync(HERE)
  .filter((name) => name === 'en.json' || name.endsWith('.en.json'))
  .map((name) => (name === 'en.json' ? 'en' : name.slice(0, -'.en.json'.length)));

function filesOf(language: string): Record<string, unknown> {
  const files: Record<string, unknown> = {};
  for (const name of readdirSync(HERE)) {
    if (name === `${language}.json`) files.en = read(name);
    else if (name.endsWith(`.${language}.json`) && !name.startsWith('same-as-english.')) {
      files[name.slice(0, -`.${language}.json`.length)] = read(name);
    }
  }
  return files;
}

function allowListOf(language: string): SameAsEnglish {
  const name = `same-as-english.${language}.json`;
  return existsSync(join(HERE, name)) ? (read(name) as SameAsEnglish) : {};
}

describe('the translation rules, on a small tree', () => {
  const english = {
    en: { title: 'Your children', children: { count_one: '{{count}} child', count_other: '{{count}} children' } },
    shell: { app: { name: 'Binder' }, help: 'Read <1>the guide</1> for {{name}}' },
  };
  const arabic = {
    en: {
      title: 'أطفالك',
      children: {
        count_zero: 'لا أطفال',
        count_one: 'طفل واحد',
        count_two: 'طفلان',
        count_few: '{{count}} أطفال',
        count_many: '{{count}} طفلًا',
        count_other: '{{count}} طفل',
      },
    },
    shell: { app: { name: 'Binder' }, help: 'اقرأ <1>الدليل</1> من أجل {{name}}' },
  };
  const allowed = { 'shell:app.name': 'The product’s name.' };
  const without = (tree: typeof arabic, change: (copy: typeof arabic) => void) => {
    const copy = structuredClone(tree);
    change(copy);
    return copy;
  };

  it('passes a complete translation', () => {
    expect(translationProblems(english, arabic, allowed, 'ar')).toEqual([]);
  });

  it('asks each language for its own plural forms: Vietnamese only "other", Spanish "one" and "other"', () => {
    expect(pluralCategories('vi').required).toEqual(['other']);
    expect(pluralCategories('zh-Hans').required).toEqual(['other']);
    expect(pluralCategories('es').required.sort()).toEqual(['one', 'other']);
    expect(pluralCategories('ar').required.sort()).toEqual(['few', 'many', 'one', 'other', 'two', 'zero']);
    const vietnamese = {
      en: { title: 'Con của bạn', children: { count_other: '{{count}} trẻ' } },
      shell: { app: { name: 'Binder' }, help: 'Đọc <1>hướng dẫn</1> cho {{name}}' },
    };
    expect(translationProblems(english, vietnamese, allowed, 'vi')).toEqual([]);
    expect(
      translationProblems(english, { ...vietnamese, en: { ...vietnamese.en, children: {} } }, allowed, 'vi'),
    ).toEqual(['vi.json: missing key "children.count_other" (plural form "other" of vi)']);
  });

  it('names the file and key of a missing key', () => {
    const missing = without(arabic, (copy) => {
      delete (copy.en.children as Partial<typeof copy.en.children>).count_two;
    });
    expect(translationProblems(english, missing, allowed, 'ar')).toEqual([
      'ar.json: missing key "children.count_two" (plural form "two" of ar)',
    ]);
    const noTitle = without(arabic, (copy) => {
      delete (copy.en as Partial<typeof copy.en>).title;
    });
    expect(translationProblems(english, noTitle, allowed, 'ar')).toEqual(['ar.json: missing key "title"']);
  });

  it('names the file and key of an extra key, and of a missing file', () => {
    const extra = without(arabic, (copy) => {
      (copy.shell as Record<string, unknown>).stray = 'زائد';
    });
    expect(translationProblems(english, extra, allowed, 'ar')).toEqual([
      'shell.ar.json: extra key "stray", not in shell.en.json',
    ]);
    expect(translationProblems(english, { en: arabic.en }, {}, 'ar')).toEqual(['shell.ar.json: the file is missing']);
  });

  it('names the file and key of a lost {{interpolation}} or <1>tag</1>', () => {
    const lost = without(arabic, (copy) => {
      copy.shell.help = 'اقرأ <1>الدليل</1>';
    });
    expect(translationProblems(english, lost, allowed, 'ar')).toEqual([
      'shell.ar.json: key "help" has interpolations [], English has [name]',
    ]);
    const untagged = without(arabic, (copy) => {
      copy.shell.help = 'اقرأ الدليل من أجل {{name}}';
    });
    expect(translationProblems(english, untagged, allowed, 'ar')).toEqual([
      'shell.ar.json: key "help" has tags [], English has [</1> <1>]',
    ]);
    const stray = without(arabic, (copy) => {
      copy.en.children.count_one = '{{total}} طفل واحد';
    });
    expect(translationProblems(english, stray, allowed, 'ar')).toEqual([
      'ar.json: key "children.count_one" has {{total}} that English lacks',
    ]);
  });

  it('names the file and key of a value left in English and not listed', () => {
    const english_ = without(arabic, (copy) => {
      copy.en.title = 'Your children';
    });
    expect(translationProblems(english, english_, allowed, 'ar')).toEqual([
      'ar.json: key "title" is the English text "Your children"; translate it, or list "en:title" with the reason in same-as-english.ar.json',
    ]);
    expect(translationProblems(english, arabic, {}, 'ar')).toEqual([
      'shell.ar.json: key "app.name" is the English text "Binder"; translate it, or list "shell:app.name" with the reason in same-as-english.ar.json',
    ]);
  });

  it('names a stale allow-list entry: a key that does not exist, or that is translated now', () => {
    expect(translationProblems(english, arabic, { ...allowed, 'en:gone.key': 'Was a code.' }, 'ar')).toEqual([
      'same-as-english.ar.json: "en:gone.key" is listed, but that key does not exist or is no longer the English text (a stale entry)',
    ]);
    expect(translationProblems(english, arabic, { ...allowed, 'en:title': 'An old reason.' }, 'ar')).toEqual([
      'same-as-english.ar.json: "en:title" is listed, but that key does not exist or is no longer the English text (a stale entry)',
    ]);
  });

  it('give the file names the app loads', () => {
    expect(fileName('en', 'zh-Hans')).toBe('zh-Hans.json');
    expect(fileName('understand', 'ar')).toBe('understand.ar.json');
  });
});

describe('translations', () => {
  it('are found on disk', () => {
    expect(englishStems.length).toBeGreaterThan(5);
    expect(englishStems).toContain('shell');
  });

  it.each(LANGUAGES.filter((language) => language !== 'en'))(
    'in %s: every file and key of English, nothing left in English unexplained',
    (language) => {
      const english = Object.fromEntries(englishStems.map((stem) => [stem, read(fileName(stem, 'en'))]));
      expect(translationProblems(english, filesOf(language), allowListOf(language), language)).toEqual([]);
    },
  );
});
