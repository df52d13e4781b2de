import { z } from 'zod';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: string): boolean {
  const match = ISO_DATE.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
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

function describe(input: unknown): string {
  if (input === undefined) return 'nothing';
  if (typeof input === 'string') return JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input === null) return String(input);
  return Array.isArray(input) ? 'a list' : `a ${typeof input}`;
}
