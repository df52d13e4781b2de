import { z } from 'zod';
import { describeInput } from './describe-input';

const ZERO = 48;
const NINE = 57;
const DASH = 45;
const MONTH_LENGTHS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

/** The digit at `index` (0–9), or -1 when that character is not an ASCII digit. */
function digitAt(value: string, index: number): number {
  const code = value.charCodeAt(index);
  return code >= ZERO && code <= NINE ? code - ZERO : -1;
}

/**
 * True when `value` is a real calendar date written `YYYY-MM-DD`. It reads characters instead of matching a
 * regular expression: the engine checks its as-of date on every call, and a match allocated an array and three
 * strings each time (docs/decisions/0057).
 */
export function isIsoDate(value: string): boolean {
  if (value.length !== 10 || value.charCodeAt(4) !== DASH || value.charCodeAt(7) !== DASH) return false;
  const y1 = digitAt(value, 0);
  const y2 = digitAt(value, 1);
  const y3 = digitAt(value, 2);
  const y4 = digitAt(value, 3);
  const m1 = digitAt(value, 5);
  const m2 = digitAt(value, 6);
  const d1 = digitAt(value, 8);
  const d2 = digitAt(value, 9);
  if ((y1 | y2 | y3 | y4 | m1 | m2 | d1 | d2) < 0) return false;
  const year = y1 * 1000 + y2 * 100 + y3 * 10 + y4;
  const month = m1 * 10 + m2;
  const day = d1 * 10 + d2;
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return day <= (month === 2 && leap ? 29 : (MONTH_LENGTHS[month - 1] ?? 0));
}

/**
 * A date without a time, `YYYY-MM-DD`, as used everywhere in Binder (never `Date`).
 * The message names what was expected and what came, e.g. `expected YYYY-MM-DD, got "3/4/2026"`.
 */
export const isoDate = z
  .string({ error: (issue) => `expected YYYY-MM-DD, got ${describe(issue.input)}` })
  .refine(isIsoDate, {
    error: (issue) => `expected YYYY-MM-DD, got ${describe(issue.input)}`,
  });

/** Quotes a string (its start only: a megabyte of text is not echoed back); names anything else by its kind. */
function describe(input: unknown): string {
  if (typeof input === 'string') return describeInput(input);
  if (typeof input === 'object' && input !== null) return Array.isArray(input) ? 'a list' : 'a object';
  return describeInput(input);
}
