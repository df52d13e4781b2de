import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';
import type { GlossaryTranslation } from './glossary-translation';

const LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;

/** The seed terms of issue 22 every per-language glossary translates (English as the seed table writes it). */
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

/** The per-language glossaries (`translations/<language>.ts`), each exporting one list of `GlossaryTranslation`. */
const TRANSLATION_MODULES = import.meta.glob<Record<string, unknown>>('./translations/*.ts', { eager: true });

function translationsIn(language: string): readonly GlossaryTranslation[] | undefined {
  const exports = TRANSLATION_MODULES[`./translations/${language}.ts`];
  return exports === undefined ? undefined : (Object.values(exports).find(Array.isArray) as GlossaryTranslation[]);
}

const REQUIRED = [
  'plaafp',
  'lre',
  'fape',
  'pwn',
  'iee',
  'esy',
  'ard',
  'sdi',
  'iep',
  '504',
  'ferpa',
  'ocr',
  'bip',
  'fba',
];

describe('the glossary', () => {
  it.each(GLOSSARY.map((entry) => [entry.id, entry] as const))(
    '%s has every text in every reading language',
    (_, entry) => {
      for (const text of [entry.term, entry.expansion, entry.explanation]) {
        for (const language of LANGUAGES) expect(text[language]?.trim(), language).not.toBe('');
      }
      // An explanation that is the English one copied over would not help anyone.
      for (const language of LANGUAGES.filter((l) => l !== 'en')) {
        expect(entry.explanation[language], language).not.toBe(entry.explanation.en);
        expect(entry.expansion[language], language).not.toBe(entry.expansion.en);
      }
    },
  );

  it('uses the seed wording of issue 22 for the terms both lists share', () => {
    const iep = glossaryEntry('iep');
    expect(iep?.expansion.vi).toBe('Chương trình Giáo dục Cá nhân hóa');
    expect(iep?.expansion['zh-Hans']).toBe('个别化教育计划');
    expect(iep?.expansion.ar).toBe('برنامج التعليم الفردي');
    expect(glossaryEntry('pwn')?.expansion.ar).toBe('الإشعار الكتابي المسبق');
    expect(glossaryEntry('safeguards')?.term.vi).toBe('các biện pháp bảo vệ theo thủ tục');
  });

  it('has the terms families meet most, each once, with a safe anchor', () => {
    for (const id of REQUIRED) expect(glossaryEntry(id), id).toBeDefined();
    const ids = GLOSSARY.map((entry) => entry.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^[a-z0-9-]+$/);
  });

  it('cites the law in the form the rest of Binder uses', () => {
    for (const entry of GLOSSARY) {
      if (entry.citation !== undefined) expect(entry.citation).toMatch(/^(\d+ (CFR|U\.S\.C\.|TAC) [\d.]+)/);
    }
  });

  it.each(['vi', 'zh-Hans', 'ar'])(
    'translations/%s.ts names every seed and glossary term with its source, honestly',
    (language) => {
      const list = translationsIn(language);
      expect(list, `core/glossary/translations/${language}.ts exports a GlossaryTranslation[]`).toBeDefined();
      const byEnglish = new Map((list ?? []).map((t) => [t.en.trim().toLowerCase(), t]));
      const wanted = [...SEED_TERMS, ...GLOSSARY.map((entry) => entry.term.en)];
      const missing = wanted.filter(
        (en) =>
          !byEnglish.has(en.toLowerCase()) &&
          !GLOSSARY.some((entry) => entry.term.en === en && byEnglish.has(entry.expansion.en.toLowerCase())),
      );
      expect(missing).toEqual([]);
      for (const t of list ?? []) {
        expect(t.term.trim(), t.en).not.toBe('');
        expect(['read', 'not-read', 'team']).toContain(t.check);
        // A named document is either read or not; our own wording names none.
        expect(t.officialSource === null, t.en).toBe(t.check === 'team');
      }
    },
  );
});
