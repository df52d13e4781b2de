import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/add-days';
import { progressAnalysisSchema, progressInputSchema } from '../schemas/progress';
import { SCORE_LIMIT } from '../schemas/score';
import { analyzeProgress } from './analyze-progress';

// Whatever the schema accepts, the maths stays finite: scores of ±1e308 were once accepted, stored, and made the
// slope NaN, and the progress page failed. Scores anywhere in the allowed range, far-apart and same-day dates.

const FIRST_DAY = '1900-01-01';
const day = fc.integer({ min: 0, max: 200 * 366 });
const scoreValue = fc.oneof(
  fc.double({ min: -SCORE_LIMIT, max: SCORE_LIMIT, noNaN: true }),
  fc.constantFrom(SCORE_LIMIT, -SCORE_LIMIT, 0, 5e-324, -5e-324),
);

/** Every number in a value, at any depth. */
function numbersIn(value: unknown): number[] {
  if (typeof value === 'number') return [value];
  if (Array.isArray(value)) return value.flatMap(numbersIn);
  if (typeof value === 'object' && value !== null) return Object.values(value).flatMap(numbersIn);
  return [];
}

describe('analyzeProgress on any accepted input', () => {
  it('answers finite numbers that its own output schema accepts', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('increase', 'decrease'),
        day,
        fc.integer({ min: 1, max: 40 * 366 }),
        scoreValue,
        scoreValue,
        fc.array(fc.tuple(day, scoreValue), { maxLength: 40 }),
        fc.array(day, { maxLength: 3 }),
        day,
        (direction, baselineDay, goalAfter, a, b, rawPoints, phaseDays, asOfDay) => {
          const [low, high] = a <= b ? [a, b] : [b, a];
          const parsed = progressInputSchema.safeParse({
            direction,
            baseline: { date: addDays(FIRST_DAY, baselineDay), value: direction === 'increase' ? low : high },
            goal: { date: addDays(FIRST_DAY, baselineDay + goalAfter), value: direction === 'increase' ? high : low },
            points: rawPoints.map(([d, value]) => ({ date: addDays(FIRST_DAY, d), value })),
            phaseChanges: phaseDays.map((d) => addDays(FIRST_DAY, d)),
          });
          expect(parsed.success).toBe(true);
          if (!parsed.success) return;
          const result = analyzeProgress(parsed.data, addDays(FIRST_DAY, asOfDay));
          expect(numbersIn(result).filter((n) => !Number.isFinite(n))).toEqual([]);
          expect(progressAnalysisSchema.safeParse(result).success).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  }, 60_000);

  it('refuses the scores that once broke it', () => {
    for (const value of [1e308, -1e308, SCORE_LIMIT + 1]) {
      const parsed = progressInputSchema.safeParse({
        direction: 'increase',
        baseline: { date: '2026-01-05', value: 0 },
        goal: { date: '2026-06-01', value: 60 },
        points: [{ date: '2026-01-12', value }],
      });
      expect(parsed.error?.issues[0]?.path).toEqual(['points', 0, 'value']);
    }
  });
});
