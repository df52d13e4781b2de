import { z } from 'zod';
import { describeInput } from './describe-input';

/**
 * The largest score, either way. A progress score counts or rates something (words correct per minute, incidents
 * per day, percent correct, a scale score) and is never near a million; negative values are kept for change
 * scores. The bound keeps the trend arithmetic finite: ±1e308 once made the slope NaN and the progress page fail.
 */
export const SCORE_LIMIT = 1_000_000;

export const SCORE_RANGE_MESSAGE = 'expected a score between -1,000,000 and 1,000,000';

/** True for a number a score may be. */
export function isScore(value: number): boolean {
  return Number.isFinite(value) && Math.abs(value) <= SCORE_LIMIT;
}

/** A score in a JSON body, with messages that quote what came (`expected a number, got "n/a"`). */
export const score = z
  .number({ error: (issue) => `expected a number, got ${describeInput(issue.input)}` })
  .refine(isScore, { error: (issue) => `${SCORE_RANGE_MESSAGE}, got ${describeInput(issue.input)}` });
