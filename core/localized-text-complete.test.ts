import { describe, expect, it } from 'vitest';
import { z } from 'zod';

/**
 * Every text the core shows a reader is written in every reading language (issue 22, point 3; decision 0045).
 * The test loads every core module, walks its exported values (objects, arrays, maps and sets, not the results of
 * functions) and takes every object shaped like a `LocalizedText` — a string `en` and a string `es`. Each must
 * carry a non-empty `vi`, `zh-Hans` and `ar`, and none of them may equal the English unless the English is a name,
 * code or citation listed in SAME_AS_ENGLISH with the reason. One test per module, so a failure names its file.
 */

/** English texts that rightly stay as they are in every language, and why. */
const SAME_AS_ENGLISH: Readonly<Record<string, string>> = {
  ARD: 'a Texas acronym; schools use it as it is in every language',
  BIP: 'acronym of a school document, used as it is',
  ESY: 'acronym used by schools as it is',
  FAPE: 'acronym of a legal term, used as it is (the expansion is translated)',
  FBA: 'acronym of a school assessment, used as it is',
  FERPA: 'name of a federal law, used as it is',
  IDEA: 'name of a federal law, used as it is',
  IEE: 'acronym of a legal term, used as it is',
  IEP: 'acronym of the plan; the seed glossary keeps "IEP" in every language',
  LRE: 'acronym of a legal term, used as it is',
  OCR: 'acronym of a federal office, used as it is',
  PLAAFP: 'acronym of an IEP section, used as it is',
  PWN: 'acronym of a legal notice, used as it is',
  SDI: 'acronym of a legal term, used as it is',
  Texas: 'a state name, written the same in Vietnamese',
  Virginia: 'a state name, written the same in Vietnamese',
  Alaska: 'a state name, written the same in Vietnamese',
  'New Hampshire': 'a state name, written the same in Vietnamese',
  '{onePlanPosition}': 'a placeholder filled with the state fact, itself translated',
};

/**
 * Whole tables that rightly stay in English in one language, and why: the path prefix of the export's entries.
 * Vietnamese writes U.S. state and territory names in their English spelling (California, New York), as Vietnamese
 * notices of U.S. state agencies do; Chinese and Arabic transliterate them, so only Vietnamese is excused.
 */
const SAME_BY_PATH: readonly { readonly prefix: string; readonly language: string; readonly reason: string }[] = [
  {
    prefix: 'JURISDICTION_NAMES.',
    language: 'vi',
    reason: 'U.S. state and territory names keep their English spelling in Vietnamese',
  },
];

function sameAllowedAt(path: string, language: string): boolean {
  return SAME_BY_PATH.some((rule) => rule.language === language && path.startsWith(rule.prefix));
}

/** The reading languages beyond English and Spanish. */
const NEW_LANGUAGES = ['vi', 'zh-Hans', 'ar'] as const;

interface Gap {
  readonly path: string;
  readonly en: string;
  readonly problem: string;
}

function isLocalizedText(value: object): value is Record<string, unknown> & { en: string; es: string } {
  const record = value as Record<string, unknown>;
  return typeof record.en === 'string' && typeof record.es === 'string';
}

/** Every gap in the `LocalizedText` objects reachable from `root`, each named by its path from the export. */
function gapsIn(root: unknown, rootPath: string): Gap[] {
  const gaps: Gap[] = [];
  const seen = new Set<object>();
  const visit = (value: unknown, path: string): void => {
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    if (Array.isArray(value)) {
      value.forEach((item, index) => {
        visit(item, `${path}[${String(index)}]`);
      });
      return;
    }
    if (value instanceof Map) {
      for (const [key, item] of value) visit(item, `${path}.get(${String(key)})`);
      return;
    }
    if (value instanceof Set) {
      let index = 0;
      for (const item of value) visit(item, `${path}{${String(index++)}}`);
      return;
    }
    // zod schemas hold `{ en: 'en', es: 'es' }` for a language enum: a schema, not a text.
    if (value instanceof RegExp || value instanceof Date || value instanceof z.ZodType) return;
    if (isLocalizedText(value)) {
      for (const language of NEW_LANGUAGES) {
        const text = value[language];
        const sameAllowed = value.en === '' || value.en in SAME_AS_ENGLISH || sameAllowedAt(path, language);
        if (typeof text !== 'string' || (text.trim() === '' && value.en !== ''))
          gaps.push({ path, en: value.en, problem: `no ${language}` });
        else if (text === value.en && !sameAllowed)
          gaps.push({ path, en: value.en, problem: `${language} is the English text` });
      }
    }
    for (const [key, item] of Object.entries(value)) visit(item, `${path}.${key}`);
  };
  visit(root, rootPath);
  return gaps;
}

const modules = import.meta.glob<Record<string, unknown>>(['./**/*.ts', '!./**/*.test.ts', '!./**/*.d.ts'], {
  eager: true,
});

const withTexts = Object.entries(modules)
  .map(([file, exports]) => ({
    file: `core/${file.slice(2)}`,
    gaps: Object.entries(exports).flatMap(([name, value]) => gapsIn(value, name)),
    texts: Object.values(exports).some((value) => hasLocalizedText(value)),
  }))
  .filter((module) => module.texts)
  .sort((a, b) => a.file.localeCompare(b.file));

function hasLocalizedText(root: unknown): boolean {
  const seen = new Set<object>();
  const visit = (value: unknown): boolean => {
    if (value === null || typeof value !== 'object' || seen.has(value) || value instanceof z.ZodType) return false;
    seen.add(value);
    if (!Array.isArray(value) && isLocalizedText(value)) return true;
    const items = value instanceof Map || value instanceof Set ? [...value.values()] : Object.values(value);
    return items.some(visit);
  };
  return visit(root);
}

describe('every core text is in every reading language', () => {
  it('finds the core modules and their texts', () => {
    expect(Object.keys(modules).length).toBeGreaterThan(100);
    expect(withTexts.map((module) => module.file)).toEqual(
      expect.arrayContaining(['core/guide/guide-questions.ts', 'core/glossary/glossary.ts']),
    );
  });

  it('lists a reason for every text allowed to stay in English', () => {
    for (const reason of Object.values(SAME_AS_ENGLISH)) expect(reason.length).toBeGreaterThan(10);
    for (const rule of SAME_BY_PATH) expect(rule.reason.length).toBeGreaterThan(10);
  });

  it.each(withTexts)('$file', ({ gaps }) => {
    const report = gaps.map((gap) => `${gap.path}: ${gap.problem} (${JSON.stringify(gap.en.slice(0, 60))})`);
    expect(report).toEqual([]);
  });

  it('catches a missing or untranslated text (the walk itself)', () => {
    const gaps = gapsIn(
      {
        fine: { en: 'goal', es: 'meta', vi: 'mục tiêu', 'zh-Hans': '目标', ar: 'الهدف' },
        nested: [{ label: { en: 'goal', es: 'meta', vi: 'goal', 'zh-Hans': '目标' } }],
        code: { en: 'IEP', es: 'IEP', vi: 'IEP', 'zh-Hans': 'IEP', ar: 'IEP' },
      },
      'EXAMPLE',
    );
    expect(gaps).toEqual([
      { path: 'EXAMPLE.nested[0].label', en: 'goal', problem: 'vi is the English text' },
      { path: 'EXAMPLE.nested[0].label', en: 'goal', problem: 'no ar' },
    ]);
  });
});
