import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';

const LANGUAGES = ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const;

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
});
