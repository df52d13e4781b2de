import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY } from '../glossary';
import { CHINESE_GLOSSARY } from './zh-Hans';

// The terms every translator shares (issue 22): a Chinese page must not say them another way.
const SEED_TERMS = [
  'Individualized Education Program (IEP)',
  '504 plan',
  'special education',
  'related services',
  'free appropriate public education (FAPE)',
  'least restrictive environment',
  'prior written notice',
  'procedural safeguards',
  'due process hearing',
  'state complaint',
  'Office for Civil Rights (OCR)',
  'evaluation / reevaluation',
  'independent educational evaluation (IEE)',
  'accommodations',
  'annual goal',
  'progress report',
  'consent',
  'parent',
  'deadline',
  'school days / business days / calendar days',
  'education records',
  'transition services',
  'compensatory services',
  'case manager',
  'advocate',
];

function chinese(en: string): string {
  const entry = CHINESE_GLOSSARY.find((candidate) => candidate.en === en);
  if (entry === undefined) throw new Error(`no Chinese term for "${en}"`);
  return entry.term;
}

function flatten(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  return Object.entries(value as Record<string, unknown>).flatMap(([key, inner]) =>
    flatten(inner, prefix === '' ? key : `${prefix}.${key}`),
  );
}

/** Every English page string beside its Chinese one (Chinese has only the `_other` plural form). */
function pageStrings(): { key: string; en: string; zh: string }[] {
  const folder = join(import.meta.dirname, '../../../web/i18n');
  const read = (name: string): unknown => JSON.parse(readFileSync(join(folder, name), 'utf8'));
  return readdirSync(folder)
    .filter((name) => name === 'en.json' || name.endsWith('.en.json'))
    .flatMap((name) => {
      const zh = new Map(flatten(read(name.replace(/en\.json$/, 'zh-Hans.json'))));
      return flatten(read(name)).map(([key, en]) => {
        const zhKey = key.replace(/_(zero|one|two|few|many)$/, '_other');
        return { key: `${name}:${key}`, en, zh: zh.get(zhKey) ?? '' };
      });
    });
}

describe('the Chinese (Simplified) glossary', () => {
  it('has every seed term once, each with a term and an honest source', () => {
    for (const en of SEED_TERMS)
      expect(
        CHINESE_GLOSSARY.filter((entry) => entry.en === en),
        en,
      ).toHaveLength(1);
    for (const entry of CHINESE_GLOSSARY) {
      expect(entry.term.trim(), entry.en).not.toBe('');
      // Nobody could open the official documents while writing: nothing claims to have been checked against one.
      expect(entry.check, entry.en).not.toBe('read');
      expect(entry.officialSource === null, entry.en).toBe(entry.check === 'team');
    }
  });

  it('has every term of the glossary page', () => {
    for (const entry of GLOSSARY) {
      const names = [entry.term.en, entry.expansion.en].map((name) => name.toLowerCase());
      const found = CHINESE_GLOSSARY.some((translation) => {
        const en = translation.en.toLowerCase();
        return names.some((name) => en === name || en.startsWith(`${name} (`));
      });
      expect(found, entry.id).toBe(true);
    }
  });

  it.each([
    ['prior written notice', /prior written notice/i],
    ['procedural safeguards', /procedural safeguards/i],
    ['504 plan', /\b504 plan/i],
  ])('is what the pages say where the English says "%s"', (en, english) => {
    const uses = pageStrings().filter((text) => english.test(text.en));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use.zh, use.key).toContain(chinese(en));
  });

  it('is what the pages say where the English says IEP', () => {
    const [fullName, acronym] = chinese('Individualized Education Program (IEP)').split(/[（）]/);
    const texts = pageStrings();
    const acronymUses = texts.filter((text) => /\bIEP\b/.test(text.en));
    expect(acronymUses.length).toBeGreaterThan(10);
    for (const use of acronymUses) expect(use.zh, use.key).toContain(acronym);
    for (const use of texts.filter((text) => /individualized education program/i.test(text.en))) {
      expect(use.zh, use.key).toContain(fullName);
    }
  });
});
