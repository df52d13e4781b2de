import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { expect } from 'vitest';

/**
 * Polls `read` until the matcher that follows holds, for up to 10 s: a page loads its code and its data after
 * the click, and the machines that run these journeys are often busy (Vitest's default is 1 s).
 */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 10_000 });
}

/**
 * A string of the app's web/i18n/<file> by its dotted key: a journey in another language reads the words it
 * expects from the translation, so it follows the translation instead of copying it.
 */
export function say(file: string, key: string): string {
  let value: unknown = JSON.parse(readFileSync(resolve('web/i18n', file), 'utf8'));
  for (const part of key.split('.')) value = (value as Record<string, unknown>)[part];
  if (typeof value !== 'string') throw new Error(`${file} has no string "${key}"`);
  return value;
}
