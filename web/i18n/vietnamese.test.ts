import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { VIETNAMESE_GLOSSARY } from '../../core/glossary/translations/vi';

// Every English string file has a Vietnamese twin (vi.json for en.json, <name>.vi.json for <name>.en.json) with
// the same keys, except plurals: Vietnamese has one plural form, so `x_one` + `x_other` in English is `x_other`
// alone. Each value keeps the English one's {{placeholders}} and <n>…</n> tags, a value left as in English is
// listed with its reason in same-as-english.vi.json, and the legal terms are the glossary's (issue 22).

const HERE = import.meta.dirname;
const PLURAL = /_(zero|one|two|few|many|other)$/;
const CATEGORIES = new Intl.PluralRules('vi').resolvedOptions().pluralCategories;

type Flat = Readonly<Record<string, string>>;

function flatten(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') into[prefix] = value;
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into);
  else into[prefix] = String(value);
  return into;
}

const read = (name: string): Flat => flatten(JSON.parse(readFileSync(join(HERE, name), 'utf8')));

const englishFiles = readdirSync(HERE).filter((name) => name === 'en.json' || name.endsWith('.en.json'));
const stemOf = (english: string): string => (english === 'en.json' ? 'en' : english.replace(/\.en\.json$/, ''));
const twinOf = (english: string): string => (english === 'en.json' ? 'vi.json' : `${stemOf(english)}.vi.json`);

/** The keys and English values a Vietnamese file must have: plural families collapse to Vietnamese's forms. */
function expectedFrom(english: Flat): Map<string, string> {
  const expected = new Map<string, string>();
  for (const [key, value] of Object.entries(english)) {
    if (!PLURAL.test(key)) {
      expected.set(key, value);
      continue;
    }
    const base = key.replace(PLURAL, '');
    for (const category of CATEGORIES) expected.set(`${base}_${category}`, english[`${base}_other`] ?? value);
  }
  return expected;
}

const placeholders = (text: string): string[] =>
  [...text.matchAll(/\{\{\s*([^}]+?)\s*\}\}/g)].map((m) => m[1] ?? '').sort();
const tags = (text: string): string[] =>
  [...text.matchAll(/<\/?\d+\s*\/?>/g)].map((m) => m[0].replace(/\s/g, '')).sort();

const sameAsEnglish = JSON.parse(readFileSync(join(HERE, 'same-as-english.vi.json'), 'utf8')) as Record<string, string>;

describe('Vietnamese strings', () => {
  it('cover every English file', () => {
    expect(englishFiles.length).toBeGreaterThan(5);
    expect(CATEGORIES).toEqual(['other']);
  });

  it.each(englishFiles)('%s has a Vietnamese twin with the same keys, placeholders and tags', (english) => {
    const expected = expectedFrom(read(english));
    const vietnamese = read(twinOf(english));
    expect(Object.keys(vietnamese).sort()).toEqual([...expected.keys()].sort());
    for (const [key, englishValue] of expected) {
      const value = vietnamese[key] ?? '';
      expect(value.trim(), key).not.toBe('');
      expect(placeholders(value), key).toEqual(placeholders(englishValue));
      expect(tags(value), key).toEqual(tags(englishValue));
      const id = `${stemOf(english)}:${key}`;
      if (value === englishValue) expect(sameAsEnglish[id], `${id} equals English`).toBeTruthy();
      else expect(sameAsEnglish[id], `${id} is listed as English but is translated`).toBeUndefined();
    }
  });

  it('list only existing keys as the same as English, each with a reason', () => {
    const existing = new Set(
      englishFiles.flatMap((english) =>
        [...expectedFrom(read(english)).keys()].map((key) => `${stemOf(english)}:${key}`),
      ),
    );
    for (const [id, reason] of Object.entries(sameAsEnglish)) {
      expect(existing.has(id), id).toBe(true);
      expect(reason.trim(), id).not.toBe('');
    }
  });

  // The terms families must recognise from one page to the next, as the glossary words them: wherever the English
  // uses the term, the Vietnamese uses the glossary's wording (its acronym in brackets may be left out).
  const used: readonly (readonly [RegExp, string])[] = [
    [/\bIEP\b/, 'Individualized Education Program (IEP)'],
    [/504 plan/i, '504 plan'],
    [/prior written notice/i, 'prior written notice'],
    [/procedural safeguards/i, 'procedural safeguards'],
    [/related services?/i, 'related services'],
    [/special education/i, 'special education'],
    [/Office for Civil Rights/, 'Office for Civil Rights (OCR)'],
    [/state complaint/i, 'state complaint'],
    [/compensatory services/i, 'compensatory services'],
    [/progress report/i, 'progress report'],
    [/case manager/i, 'case manager'],
  ];

  it.each(used.map(([pattern, term]) => [term, pattern] as const))(
    'use the glossary’s wording for “%s”',
    (term, pattern) => {
      const entry = VIETNAMESE_GLOSSARY.find((candidate) => candidate.en === term);
      expect(entry, term).toBeDefined();
      const full = entry?.term ?? '';
      const acronym = /\(([A-Z0-9]+)\)$/.exec(full)?.[1];
      const wordings = [full, full.replace(/\s*\([A-Z0-9]+\)$/, '')].map((text) => text.toLocaleLowerCase('vi'));
      // Pages write the acronym where English does (“IEP”), the Vietnamese words elsewhere.
      if (term === 'Individualized Education Program (IEP)' && acronym !== undefined)
        wordings.push(acronym.toLowerCase());
      let checked = 0;
      for (const english of englishFiles) {
        const expected = expectedFrom(read(english));
        const vietnamese = read(twinOf(english));
        for (const [key, englishValue] of expected) {
          if (!pattern.test(englishValue)) continue;
          const value = (vietnamese[key] ?? '').toLocaleLowerCase('vi');
          expect(
            wordings.some((wording) => value.includes(wording)),
            `${twinOf(english)} ${key}`,
          ).toBe(true);
          checked += 1;
        }
      }
      expect(checked).toBeGreaterThan(0);
    },
  );
});
