import { z } from 'zod';
import { describeInput } from './describe-input';

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

/** Quotes a string (its start only: a megabyte of text is not echoed back); names anything else by its kind. */
function describe(input: unknown): string {
  if (typeof input === 'string') return describeInput(input);
  if (typeof input === 'object' && input !== null) return Array.isArray(input) ? 'a list' : 'a object';
  return describeInput(input);
}
