import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { ProgressInput } from '../schemas/progress';
import { analyzeProgress } from './analyze-progress';
import { addDays } from '../calendar/add-days';

const BASELINE_DATE = '2026-01-05';
/** 20 weeks after the baseline date: with baseline 20 and goal 60 the goal slope is exactly 2.0 per week. */
const GOAL_DATE = '2026-05-25';

/** Scores one week apart, the first `startWeek` weeks after the baseline date. */
function weekly(values: readonly number[], startWeek = 1): ProgressInput['points'] {
  return values.map((value, i) => ({ date: addDays(BASELINE_DATE, 7 * (startWeek + i)), value }));
}

function week(n: number): string {
  return addDays(BASELINE_DATE, 7 * n);
}

function increase(values: readonly number[], overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    direction: 'increase',
    baseline: { date: BASELINE_DATE, value: 20 },
    goal: { date: GOAL_DATE, value: 60 },
    points: weekly(values),
    phaseChanges: [],
    introduced: true,
    ...overrides,
  };
}

/** Incidents per day: baseline 20, goal 0 after 20 weeks, so the goal slope is −1 per week. */
function decrease(values: readonly number[], overrides: Partial<ProgressInput> = {}): ProgressInput {
  return {
    direction: 'decrease',
    baseline: { date: BASELINE_DATE, value: 20 },
    goal: { date: GOAL_DATE, value: 0 },
    points: weekly(values),
    phaseChanges: [],
    introduced: true,
    ...overrides,
  };
}

const SPEC_VALUES = [20, 24, 22, 27, 25, 29, 31, 28, 33];

describe('analyzeProgress: the spec sample', () => {
  const result = analyzeProgress(increase(SPEC_VALUES), week(9));

  it('has exactly the spec output keys (and only adds others)', () => {
    for (const key of [
      'pointsUsed',
      'goalSlope',
      'trend',
      'projection',
      'rules',
      'status',
      'regression',
      'explanation',
    ]) {
      expect(result).toHaveProperty(key);
    }
    for (const key of ['slope', 'intercept', 'see', 'slopeSe', 'slopeLow', 'slopeHigh', 'tukeySlope']) {
      expect(result.trend).toHaveProperty(key);
    }
    expect(Object.keys(result.rules).sort()).toEqual(['fourPoint', 'trend']);
  });

  it('reproduces the spec numbers', () => {
    expect(result.pointsUsed).toBe(9);
    expect(result.goalSlope).toBe(2);
    expect(result.trend?.slope).toBeCloseTo(1.4, 12);
    expect(result.trend?.intercept.toFixed(3)).toBe('19.556');
    expect(result.trend?.see.toFixed(3)).toBe('1.875');
    expect(result.trend?.slopeSe.toFixed(3)).toBe('0.242');
    expect(result.trend?.slopeLow.toFixed(2)).toBe('0.83');
    expect(result.trend?.slopeHigh.toFixed(2)).toBe('1.97');
    expect(result.trend?.tukeySlope).toBe(1.5);
    expect(result.rules).toEqual({ fourPoint: 'change-instruction', trend: 'change-instruction' });
    expect(result.status).toBe('not-on-track');
    expect(result.regression).toBe(false);
  });

  it('projects a + b·X_G, unrounded', () => {
    // 176/9 + 1.4 × 20 = 47.555…; the spec sample's 54.1 is illustrative and does not follow from its own numbers.
    expect(result.projection).toBeCloseTo(176 / 9 + 28, 10);
    expect(result.goalWeeks).toBe(20);
  });

  it('explains the status with its numbers in one sentence, in English and Spanish', () => {
    expect(result.explanation).toBe(
      'Not making sufficient progress to meet the goal: the last 4 scores (29, 31, 28, 33) are all below the goal line, and the trend of 1.4 per week (95% interval 0.83 to 1.97) falls short of the 2 per week the goal needs; at this rate the score would be 47.56 on 25 May 2026 (goal: 60).',
    );
    expect(result.explanationEs).toContain('No avanza lo suficiente para alcanzar la meta');
    expect(result.explanationEs).toContain('0.83 a 1.97');
    expect(result.explanationEs).toContain('25 de mayo de 2026');
  });

  it('gives the extras: median of the last 3, percent of goal met, reach date', () => {
    expect(result.medianOfLastThree).toBe(31);
    expect(result.percentOfGoalMet).toBeCloseTo(27.5, 10);
    // (60 − 176/9) / 1.4 = 28.89 weeks → 202 days after the baseline date.
    expect(result.reachDate).toBe(addDays(BASELINE_DATE, 202));
    expect(result.advice).toBeNull();
    expect(result.noProgress).toBe(false);
  });
});

describe('analyzeProgress: each status of an increase goal', () => {
  it('not-introduced comes first, whatever the data', () => {
    const result = analyzeProgress(increase(SPEC_VALUES, { introduced: false }), week(9));
    expect(result.status).toBe('not-introduced');
    expect(result.pointsUsed).toBe(9);
    expect(result.trend).not.toBeNull();
  });

  it('insufficient-data with 5 points', () => {
    const result = analyzeProgress(increase(SPEC_VALUES.slice(0, 5)), week(9));
    expect(result.status).toBe('insufficient-data');
    expect(result.rules).toEqual({ fourPoint: null, trend: null });
    expect(result.trend).not.toBeNull();
    expect(result.explanation).toContain('5 data points');
  });

  it('says one data point over one week in the singular, in English and Spanish', () => {
    const result = analyzeProgress(increase([22]), week(1));
    expect(result.explanation).toContain('1 data point over 1 week since');
    expect(result.explanationEs).toContain('1 dato en 1 semana desde');
  });

  it('insufficient-data under 3 weeks of data, even with 6 points', () => {
    const points = [20, 22, 24, 26, 28, 30].map((value, i) => ({ date: addDays(BASELINE_DATE, 2 * (i + 1)), value }));
    const result = analyzeProgress(increase([], { points }), addDays(BASELINE_DATE, 20));
    expect(result.weeksInPhase).toBeCloseTo(20 / 7, 12);
    expect(result.status).toBe('insufficient-data');
    expect(result.rules.fourPoint).toBeNull();
    expect(analyzeProgress(increase([], { points }), addDays(BASELINE_DATE, 21)).status).not.toBe('insufficient-data');
  });

  it('fewer than 3 points: no trend and no projection', () => {
    const result = analyzeProgress(increase([21, 23]), week(9));
    expect(result.trend).toBeNull();
    expect(result.projection).toBeNull();
    expect(result.medianOfLastThree).toBeNull();
  });

  it('goal-met when the median of the last 3 is at the goal value', () => {
    const result = analyzeProgress(increase([25, 35, 45, 61, 60, 59]), week(6));
    expect(result.medianOfLastThree).toBe(60);
    expect(result.status).toBe('goal-met');
    expect(result.explanation).toBe(
      'Goal met: the median of the last 3 scores is 60, at or above the goal of 60; the data suggest the team could raise the goal.',
    );
  });

  it('on-track (and raise-goal advice) when the whole interval is above the goal slope', () => {
    // An exact line of slope 2.5: SEE 0, interval [2.5, 2.5], all 4 recent points above the aim line.
    const result = analyzeProgress(increase([1, 2, 3, 4, 5, 6, 7, 8].map((k) => 20 + 2.5 * k)), week(8));
    expect(result.trend?.slopeLow).toBeCloseTo(2.5, 10);
    expect(result.rules).toEqual({ fourPoint: 'raise-goal', trend: 'raise-goal' });
    expect(result.status).toBe('on-track');
    expect(result.advice).toBe('raise-goal');
    expect(result.projection).toBeCloseTo(70, 10);
  });

  it('on-track through the projection when the interval is wide', () => {
    // Weeks 1–6: 23, 23, 30, 27, 33, 32. OLS: x̄ 3.5, ȳ 28, Sxy 36, Sxx 17.5 → b = 2.0571, a = 20.8, projection 61.94 ≥ 60.
    // Fitted 22.86 24.91 26.97 29.03 31.09 33.14 → SSE 21.94, SEE 2.342, SE_b 0.560, t(0.975,4) 2.7764 → low 0.50 < 2.
    // Last 4 against the aim (26, 28, 30, 32): 30 above, 27 below → four-point rule says continue.
    const result = analyzeProgress(increase([23, 23, 30, 27, 33, 32]), week(6));
    expect(result.trend?.slope).toBeCloseTo(36 / 17.5, 12);
    expect(result.trend?.intercept).toBeCloseTo(28 - (36 / 17.5) * 3.5, 12);
    expect(result.trend?.slopeLow).toBeLessThan(2);
    expect(result.projection).toBeCloseTo(28 + (36 / 17.5) * 16.5, 10);
    expect(result.rules).toEqual({ fourPoint: 'continue', trend: null });
    expect(result.status).toBe('on-track');
    expect(result.advice).toBeNull();
  });

  it('unclear when nothing decides', () => {
    // Weeks 1–6: 22, 23, 27, 26, 31, 30 → b = 31.5/17.5 = 1.8, a = 20.2, projection 56.2 < 60;
    // SSE 8.8, SEE 1.4832, SE_b 0.35456, low = 1.8 − 2.7764·0.35456 = 0.816 < 2; last 4 mixed around the aim.
    const result = analyzeProgress(increase([22, 23, 27, 26, 31, 30]), week(6));
    expect(result.trend?.slope).toBeCloseTo(1.8, 12);
    expect(result.trend?.intercept).toBeCloseTo(20.2, 12);
    expect(result.trend?.see).toBeCloseTo(Math.sqrt(8.8 / 4), 12);
    expect(result.trend?.slopeLow).toBeCloseTo(1.8 - 2.7764451051977934 * Math.sqrt(2.2 / 17.5), 10);
    expect(result.projection).toBeCloseTo(56.2, 10);
    expect(result.rules).toEqual({ fourPoint: 'continue', trend: null });
    expect(result.status).toBe('unclear');
    // (60 − 20.2) / 1.8 = 22.11 weeks → 155 days.
    expect(result.reachDate).toBe(addDays(BASELINE_DATE, 155));
    expect(result.explanation).toContain('Not yet clear');
    expect(result.explanation).toContain('reaching 60 around 9 June 2026');
  });

  it('not-on-track with regression when scores fall below the baseline', () => {
    const result = analyzeProgress(increase([19, 18, 18, 17, 16, 15]), week(6));
    expect(result.status).toBe('not-on-track');
    expect(result.rules.fourPoint).toBe('change-instruction');
    expect(result.medianOfLastThree).toBe(16);
    expect(result.regression).toBe(true);
    expect(result.noProgress).toBe(true);
    expect(result.explanation).toContain('worse than the baseline of 20');
  });

  it('a point exactly on the aim line is neither above nor below', () => {
    // Last 4 at weeks 3–6 against 26, 28, 30, 32: three below, one exactly on the line.
    const result = analyzeProgress(increase([21, 22, 25, 27, 29, 32]), week(6));
    expect(result.rules.fourPoint).toBe('continue');
  });
});

describe('analyzeProgress: each status of a decrease goal (mirrored)', () => {
  it('not-on-track when incidents fall too slowly', () => {
    // Weeks 1–8: 20 20 19 19 18 18 17 17 → b = −20/42 = −0.476; aim 20 − k; last 4 (18, 18, 17, 17 vs 15..12) above.
    const result = analyzeProgress(decrease([20, 20, 19, 19, 18, 18, 17, 17]), week(8));
    expect(result.goalSlope).toBe(-1);
    expect(result.trend?.slope).toBeCloseTo(-20 / 42, 12);
    expect(result.trend?.slopeLow).toBeGreaterThan(-1);
    expect(result.rules).toEqual({ fourPoint: 'change-instruction', trend: 'change-instruction' });
    expect(result.status).toBe('not-on-track');
    expect(result.regression).toBe(false);
    expect(result.explanation).toContain('are all above the goal line');
  });

  it('regression when incidents rise above the baseline', () => {
    const result = analyzeProgress(decrease([21, 22, 22, 23, 24, 25]), week(6));
    expect(result.status).toBe('not-on-track');
    expect(result.regression).toBe(true);
    expect(result.noProgress).toBe(true);
  });

  it('goal-met when the median of the last 3 is at or below the goal', () => {
    const result = analyzeProgress(decrease([15, 10, 6, 1, 0, 0]), week(6));
    expect(result.status).toBe('goal-met');
    expect(result.explanation).toContain('at or below the goal of 0');
  });

  it('on-track with raise-goal advice when incidents fall faster than the goal line', () => {
    const result = analyzeProgress(decrease([1, 2, 3, 4, 5, 6, 7, 8].map((k) => 20 - 1.5 * k)), week(8));
    expect(result.trend?.slopeHigh).toBeCloseTo(-1.5, 10);
    expect(result.rules).toEqual({ fourPoint: 'raise-goal', trend: 'raise-goal' });
    expect(result.status).toBe('on-track');
    expect(result.advice).toBe('raise-goal');
  });

  it('unclear when nothing decides', () => {
    // Weeks 1–6: 19, 18.5, 16.5, 17, 14.5, 15 → b = −0.9, a = 19.9, projection 1.9 > 0; high end ≈ −0.41 > −1.
    const result = analyzeProgress(decrease([19, 18.5, 16.5, 17, 14.5, 15]), week(6));
    expect(result.trend?.slope).toBeCloseTo(-0.9, 12);
    expect(result.projection).toBeCloseTo(1.9, 10);
    expect(result.rules.fourPoint).toBe('continue');
    expect(result.status).toBe('unclear');
  });

  it('mirrors the increase analysis of negated values', () => {
    const value = fc.double({ min: -100, max: 100, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -14, max: 200 }), value), { maxLength: 25 }),
        value,
        fc.double({ min: 0, max: 100, noNaN: true }),
        fc.integer({ min: 7, max: 300 }),
        fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 2 }),
        fc.integer({ min: 0, max: 250 }),
        fc.boolean(),
        (raw, baseline, gain, goalDays, phaseDays, asOfDays, introduced) => {
          const points = raw.map(([d, v]) => ({ date: addDays(BASELINE_DATE, d), value: v }));
          const up: ProgressInput = {
            direction: 'increase',
            baseline: { date: BASELINE_DATE, value: baseline },
            goal: { date: addDays(BASELINE_DATE, goalDays), value: baseline + gain },
            points,
            phaseChanges: phaseDays.map((d) => addDays(BASELINE_DATE, d)),
            introduced,
          };
          const down: ProgressInput = {
            ...up,
            direction: 'decrease',
            baseline: { ...up.baseline, value: -baseline },
            goal: { ...up.goal, value: -(baseline + gain) },
            points: points.map((p) => ({ ...p, value: -p.value })),
          };
          const asOf = addDays(BASELINE_DATE, asOfDays);
          const a = analyzeProgress(up, asOf);
          const b = analyzeProgress(down, asOf);
          expect(b.status).toBe(a.status);
          expect(b.rules).toEqual(a.rules);
          expect(b.regression).toBe(a.regression);
          expect(b.advice).toBe(a.advice);
          expect(b.pointsUsed).toBe(a.pointsUsed);
          expect(b.goalSlope).toBeCloseTo(-a.goalSlope, 9);
          if (a.trend !== null && b.trend !== null) {
            expect(b.trend.slope).toBeCloseTo(-a.trend.slope, 6);
            expect(b.trend.slopeLow).toBeCloseTo(-a.trend.slopeHigh, 6);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('analyzeProgress: phase changes and the as-of date', () => {
  const twelve = [10, 11, 10, 12, 20, 22, 25, 26, 29, 30, 33, 35];

  it('uses only points after the latest phase change; a point on the change date belongs to the old phase', () => {
    const input = increase(twelve, { phaseChanges: ['2026-01-12', week(4)] });
    const result = analyzeProgress(input, week(12));
    expect(result.pointsUsed).toBe(8);
    expect(result.phaseStart).toBe(week(4));
    const after = analyzeProgress(increase([], { points: weekly(twelve.slice(4), 5) }), week(12));
    expect(result.trend).toEqual(after.trend);
  });

  it('counts the 3 weeks from the latest phase change', () => {
    const input = increase(twelve, { phaseChanges: [week(10)] });
    const result = analyzeProgress(input, week(12));
    expect(result.pointsUsed).toBe(2);
    expect(result.weeksInPhase).toBe(2);
    expect(result.status).toBe('insufficient-data');
    expect(result.explanation).toContain('since the last change in instruction on 16 March 2026');
  });

  it('ignores points and phase changes after the as-of date', () => {
    const input = increase(SPEC_VALUES, { phaseChanges: [week(8)] });
    const result = analyzeProgress(input, week(6));
    expect(result.pointsUsed).toBe(6);
    expect(result.phaseStart).toBe(BASELINE_DATE);
    expect(result.asOf).toBe(week(6));
    expect(analyzeProgress(input, addDays(week(6), -1)).pointsUsed).toBe(5);
  });

  it('sorts points given out of order', () => {
    const input = increase(SPEC_VALUES);
    const shuffled = { ...input, points: [...input.points].reverse() };
    expect(analyzeProgress(shuffled, week(9))).toEqual(analyzeProgress(input, week(9)));
  });

  it('reports a goal date already passed', () => {
    expect(analyzeProgress(increase(SPEC_VALUES), '2026-06-01').isPastGoalDate).toBe(true);
    expect(analyzeProgress(increase(SPEC_VALUES), GOAL_DATE).isPastGoalDate).toBe(false);
  });

  it('writes a goal date gone by in the past tense, in English and Spanish', () => {
    const missed = analyzeProgress(increase(SPEC_VALUES), '2026-06-01');
    expect(missed.explanation).toContain(
      '; the goal was due on 25 May 2026, and the trend did not reach it: it was at 47.56 by then (goal: 60).',
    );
    expect(missed.explanation).not.toContain('would be');
    expect(missed.explanationEs).toContain(
      '; la meta vencía el 25 de mayo de 2026, y la tendencia no la alcanzó: estaba en 47.56 para entonces (meta: 60).',
    );
    const reached = analyzeProgress(increase([23, 23, 30, 27, 33, 32]), '2026-06-01');
    expect(reached.status).toBe('on-track');
    expect(reached.explanation).toContain(
      'the goal was due on 25 May 2026, and the trend reached 61.94 by then (goal: 60).',
    );
    expect(reached.explanationEs).toContain(
      'la meta vencía el 25 de mayo de 2026, y la tendencia llegó a 61.94 para entonces (meta: 60).',
    );
  });

  it('answers every status in the spec order for random data without throwing', () => {
    fc.assert(
      fc.property(fc.array(fc.double({ min: 0, max: 100, noNaN: true }), { maxLength: 30 }), (values) => {
        const result = analyzeProgress(increase(values), week(30));
        expect(result.explanation.length).toBeGreaterThan(0);
        expect(result.explanation.endsWith('.')).toBe(true);
        if (result.pointsUsed < 6) expect(result.status).toBe('insufficient-data');
        if (result.regression) expect(result.status).toBe('not-on-track');
      }),
    );
  });
});
