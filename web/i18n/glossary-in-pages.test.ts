import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { GLOSSARY_TRANSLATIONS, type GlossaryLanguage } from '../../core/glossary/translations';

// Wherever an English page string uses one of the law's key terms, the translation uses the glossary's wording of
// it (issue 22, point 3), so a parent meets one word for one thing on every page and in the glossary. A term may be
// written without its abbreviation in brackets, and Arabic grammar may need another form of it (listed below).

const HERE = import.meta.dirname;

function flatten(value: unknown, prefix = '', into = new Map<string, string>()): Map<string, string> {
  if (typeof value === 'string') into.set(prefix, value);
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) flatten(inner, prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
}

const read = (name: string): Map<string, string> => flatten(JSON.parse(readFileSync(join(HERE, name), 'utf8')));

/** Every English page string beside its translation (an English plural form is compared with `_other`). */
function pageStrings(language: GlossaryLanguage): { key: string; english: string; translation: string }[] {
  return readdirSync(HERE)
    .filter((name) => name === 'en.json' || name.endsWith('.en.json'))
    .flatMap((name) => {
      const translated = read(name.replace(/en\.json$/, `${language}.json`));
      return [...read(name)].map(([key, english]) => ({
        key: `${name}:${key}`,
        english,
        translation: translated.get(key.replace(/_(zero|one|two|few|many)$/, '_other')) ?? '',
      }));
    });
}

interface TermUse {
  readonly term: string;
  readonly english: RegExp;
  /** Other grammatical forms of the glossary's wording that a sentence may need. */
  readonly forms?: readonly string[];
}

const IEP: TermUse = { term: 'Individualized Education Program (IEP)', english: /\bIEPs?\b/, forms: ['IEP'] };
const PWN = { term: 'prior written notice', english: /prior written notice/i };
const SAFEGUARDS = { term: 'procedural safeguards', english: /procedural safeguards/i };
const PLAN_504 = { term: '504 plan', english: /\b504 plans?\b/i };

const CHECKED: Readonly<Record<GlossaryLanguage, readonly TermUse[]>> = {
  vi: [
    IEP,
    PWN,
    SAFEGUARDS,
    PLAN_504,
    { term: 'related services', english: /related services?/i },
    { term: 'special education', english: /special education/i },
    { term: 'Office for Civil Rights (OCR)', english: /Office for Civil Rights/ },
    { term: 'state complaint', english: /state complaint/i },
    { term: 'compensatory services', english: /compensatory services/i },
    { term: 'progress report', english: /progress report/i },
    { term: 'case manager', english: /case manager/i },
  ],
  'zh-Hans': [IEP, PWN, SAFEGUARDS, PLAN_504],
  ar: [
    IEP,
    { ...PWN, forms: ['إشعار كتابي مسبق', 'إشعارًا كتابيًا مسبقًا'] },
    SAFEGUARDS,
    { ...PLAN_504, forms: ['خطط 504'] },
    {
      term: 'independent educational evaluation (IEE)',
      english: /independent educational evaluation/i,
      forms: ['تقييم تعليمي مستقل'],
    },
    { term: 'least restrictive environment', english: /least restrictive environment/i },
  ],
};

const withoutAbbreviation = (term: string): string => term.replace(/\s*[(（][A-Z0-9]+[)）]$/, '');

describe.each(Object.keys(CHECKED) as GlossaryLanguage[])('the %s pages', (language) => {
  const strings = pageStrings(language);
  const glossary = GLOSSARY_TRANSLATIONS[language];

  it.each(CHECKED[language].map((use) => [use.term, use] as const))(
    'use the glossary’s wording where the English says “%s”',
    (_, use) => {
      const wording = glossary.find((entry) => entry.en === use.term)?.term;
      expect(wording).toBeDefined();
      const accepted = [wording ?? '', withoutAbbreviation(wording ?? ''), ...(use.forms ?? [])].map((text) =>
        text.toLocaleLowerCase(language),
      );
      const uses = strings.filter((text) => use.english.test(text.english));
      expect(uses.length).toBeGreaterThan(0);
      for (const text of uses) {
        const translation = text.translation.toLocaleLowerCase(language);
        expect(
          accepted.some((form) => translation.includes(form)),
          text.key,
        ).toBe(true);
      }
    },
  );
});
