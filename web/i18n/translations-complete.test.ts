import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every English string file has a Spanish twin with exactly the same keys: a missing key would show the key
// itself on a Spanish page. The files are found on disk, so a new pair is checked without being listed here.

const HERE = join(import.meta.dirname);

function keysOf(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) return [prefix];
  return Object.entries(value).flatMap(([key, inner]) => keysOf(inner, prefix === '' ? key : `${prefix}.${key}`));
}

const englishFiles = readdirSync(HERE).filter((name) => name === 'en.json' || name.endsWith('.en.json'));

describe('translations', () => {
  it('come in English and Spanish pairs', () => {
    expect(englishFiles.length).toBeGreaterThan(5);
  });

  it.each(englishFiles)('%s has a Spanish twin with the same keys', (english) => {
    const spanish = english.replace(/en\.json$/, 'es.json');
    const read = (name: string): unknown => JSON.parse(readFileSync(join(HERE, name), 'utf8'));
    expect(keysOf(read(spanish)).sort()).toEqual(keysOf(read(english)).sort());
  });
});
