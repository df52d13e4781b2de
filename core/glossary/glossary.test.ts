import { describe, expect, it } from 'vitest';
import { GLOSSARY, glossaryEntry } from './glossary';

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
    '%s has every text in English and Spanish',
    (_, entry) => {
      for (const text of [entry.term, entry.expansion, entry.explanation]) {
        expect(text.en.trim()).not.toBe('');
        expect(text.es.trim()).not.toBe('');
      }
      // A Spanish explanation that is the English one copied over would not help anyone.
      expect(entry.explanation.es).not.toBe(entry.explanation.en);
      expect(entry.expansion.es).not.toBe(entry.expansion.en);
    },
  );

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
