import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHINESE_GLOSSARY } from '../../core/glossary/translations/zh-Hans';

// The Chinese pages say the law's key terms the way the Chinese glossary does (issue 22, point 3), so a parent
// meets one word for one thing on every page, in the glossary and in the school's own translated notices.

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
  const read = (name: string): unknown => JSON.parse(readFileSync(join(import.meta.dirname, name), 'utf8'));
  return readdirSync(import.meta.dirname)
    .filter((name) => name === 'en.json' || name.endsWith('.en.json'))
    .flatMap((name) => {
      const zh = new Map(flatten(read(name.replace(/en\.json$/, 'zh-Hans.json'))));
      return flatten(read(name)).map(([key, en]) => {
        const zhKey = key.replace(/_(zero|one|two|few|many)$/, '_other');
        return { key: `${name}:${key}`, en, zh: zh.get(zhKey) ?? '' };
      });
    });
}

describe('the Chinese (Simplified) pages', () => {
  it.each([
    ['prior written notice', /prior written notice/i],
    ['procedural safeguards', /procedural safeguards/i],
    ['504 plan', /\b504 plan/i],
  ])('use the glossary term where the English says "%s"', (en, english) => {
    const uses = pageStrings().filter((text) => english.test(text.en));
    expect(uses.length).toBeGreaterThan(0);
    for (const use of uses) expect(use.zh, use.key).toContain(chinese(en));
  });

  it('use the glossary term where the English says IEP', () => {
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
