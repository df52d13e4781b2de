import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ARABIC_GLOSSARY } from '../../core/glossary/translations/ar';

// Where an English page string uses one of the most important legal terms, the Arabic string uses the glossary's
// wording of it (in the form Arabic grammar needs there: definite, indefinite, accusative or plural).

const HERE = import.meta.dirname;

function flat(value: unknown, prefix = '', into: Record<string, string> = {}): Record<string, string> {
  if (typeof value === 'string') into[prefix] = value;
  else if (typeof value === 'object' && value !== null)
    for (const [key, inner] of Object.entries(value)) flat(inner, prefix === '' ? key : `${prefix}.${key}`, into);
  return into;
}

const read = (name: string): Record<string, string> => flat(JSON.parse(readFileSync(join(HERE, name), 'utf8')));

/** Every English string with its Arabic counterpart (a plural key is compared with Arabic's `_other` form). */
const pairs = readdirSync(HERE)
  .filter((name) => name === 'en.json' || name.endsWith('.en.json'))
  .flatMap((english) => {
    const arabic = read(english.replace(/en\.json$/, 'ar.json'));
    return Object.entries(read(english)).map(([key, text]) => ({
      key: `${english}:${key}`,
      english: text,
      arabic: arabic[key.replace(/_one$/, '_other')] ?? '',
    }));
  });

const termOf = (english: string): string => {
  const entry = ARABIC_GLOSSARY.find((candidate) => candidate.en === english);
  if (entry === undefined) throw new Error(`no glossary entry for ${english}`);
  return entry.term;
};

const USES = [
  {
    en: 'prior written notice',
    english: /prior written notice/i,
    forms: ['الإشعار الكتابي المسبق', 'إشعار كتابي مسبق', 'إشعارًا كتابيًا مسبقًا'],
  },
  { en: 'procedural safeguards', english: /procedural safeguards/i, forms: ['الضمانات الإجرائية'] },
  { en: '504 plan', english: /504 plans?\b/i, forms: ['خطة 504', 'خطط 504'] },
  { en: 'Individualized Education Program (IEP)', english: /\bIEPs?\b/, forms: ['IEP'] },
  {
    en: 'independent educational evaluation (IEE)',
    english: /independent educational evaluation/i,
    forms: ['التقييم التعليمي المستقل', 'تقييم تعليمي مستقل'],
  },
  { en: 'least restrictive environment', english: /least restrictive environment/i, forms: ['البيئة الأقل تقييدًا'] },
];

describe('Arabic pages use the glossary’s terms', () => {
  it.each(USES)('$en', ({ en, english, forms }) => {
    const term = termOf(en);
    // The first accepted form is the glossary's own wording (its abbreviation in brackets aside).
    expect(term.replace(/\s*\([^)]*\)$/, '')).toBe(
      en.startsWith('Individualized') ? 'برنامج التعليم الفردي' : forms[0],
    );
    const uses = pairs.filter((pair) => english.test(pair.english));
    expect(uses.length, en).toBeGreaterThan(0);
    for (const pair of uses)
      expect(
        forms.some((form) => pair.arabic.includes(form)),
        pair.key,
      ).toBe(true);
  });

  it('spells out the IEP once, in the tagline a parent sees first', () => {
    expect(read('shell.ar.json')['app.tagline']).toContain(termOf('Individualized Education Program (IEP)'));
  });
});
