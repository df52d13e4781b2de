import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fitTrend, theilSenSlope, tukeyGroupSizes, tukeyLine } from './fit-trend';

const SPEC_VALUES = [20, 24, 22, 27, 25, 29, 31, 28, 33];
const specPoints = SPEC_VALUES.map((y, i) => ({ x: i + 1, y }));

describe('fitTrend on the spec test vector (weeks 1–9)', () => {
  const fit = fitTrend(specPoints);

  it('gives OLS b = 1.400, a = 19.556, SEE = 1.875, SE_b = 0.242', () => {
    expect(fit).not.toBeNull();
    expect(fit?.slope.toFixed(3)).toBe('1.400');
    expect(fit?.intercept.toFixed(3)).toBe('19.556');
    expect(fit?.see.toFixed(3)).toBe('1.875');
    expect(fit?.slopeSe.toFixed(3)).toBe('0.242');
  });

  it('leaves numbers unrounded', () => {
    expect(fit?.intercept).toBeCloseTo(176 / 9, 12);
    expect(fit?.see).toBeCloseTo(1.875489354131427, 10);
  });

  it('gives the 95% interval b ± t(0.975, 7)·SE_b ≈ 0.83 to 1.97', () => {
    expect(fit?.tQuantile).toBeCloseTo(2.364624251592785, 10);
    expect(fit?.slopeLow.toFixed(2)).toBe('0.83');
    expect(fit?.slopeHigh.toFixed(2)).toBe('1.97');
  });

  it('gives the Tukey slope 1.5 (medians (2, 22) and (8, 31)) and resistant intercept 19.167', () => {
    expect(fit?.tukeySlope).toBe(1.5);
    expect(fit?.tukeyIntercept?.toFixed(3)).toBe('19.167');
  });

  it('gives the Theil–Sen slope 1.333', () => {
    expect(fit?.theilSenSlope?.toFixed(3)).toBe('1.333');
  });
});

describe('Tukey grouping', () => {
  it('puts the extra point of n = 3k+1 in the middle and one extra in each outer group for n = 3k+2', () => {
    expect(tukeyGroupSizes(9)).toEqual([3, 3, 3]);
    expect(tukeyGroupSizes(10)).toEqual([3, 4, 3]);
    expect(tukeyGroupSizes(11)).toEqual([4, 3, 4]);
  });

  it('uses those groups for 10 points', () => {
    // Groups: weeks 1–3 (medians 2, 11), 4–7, 8–10 (medians 9, 50).
    const ys = [10, 11, 30, 0, 0, 0, 0, 40, 50, 99];
    expect(tukeyLine(ys.map((y, i) => ({ x: i + 1, y })))?.slope).toBeCloseTo((50 - 11) / (9 - 2), 12);
  });

  it('uses those groups for 11 points', () => {
    // Groups: weeks 1–4 (medians 2.5, (1+2)/2), 5–7, 8–11 (medians 9.5, (30+40)/2).
    const ys = [0, 1, 2, 100, 7, 7, 7, 20, 30, 40, 50];
    expect(tukeyLine(ys.map((y, i) => ({ x: i + 1, y })))?.slope).toBeCloseTo((35 - 1.5) / (9.5 - 2.5), 12);
  });

  it('gives group sizes that add up and differ by at most one', () => {
    fc.assert(
      fc.property(fc.integer({ min: 3, max: 500 }), (n) => {
        const sizes = tukeyGroupSizes(n);
        expect(sizes[0] + sizes[1] + sizes[2]).toBe(n);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes[0]).toBe(sizes[2]);
      }),
    );
  });
});

describe('fitTrend edge cases and properties', () => {
  it('needs 3 points and more than one week', () => {
    expect(fitTrend([])).toBeNull();
    expect(fitTrend(specPoints.slice(0, 2))).toBeNull();
    expect(
      fitTrend([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
        { x: 1, y: 3 },
      ]),
    ).toBeNull();
    expect(
      theilSenSlope([
        { x: 1, y: 1 },
        { x: 1, y: 2 },
      ]),
    ).toBeNull();
  });

  it('recovers the slope and intercept of an exact line, with a zero-width interval', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -50, max: 50, noNaN: true }),
        fc.double({ min: -500, max: 500, noNaN: true }),
        fc.uniqueArray(fc.integer({ min: 0, max: 400 }), { minLength: 3, maxLength: 40 }),
        (slope, intercept, days) => {
          const fit = fitTrend(days.map((d) => ({ x: d / 7, y: intercept + slope * (d / 7) })));
          expect(fit?.slope).toBeCloseTo(slope, 6);
          expect(fit?.intercept).toBeCloseTo(intercept, 5);
          expect(fit?.tukeySlope).toBeCloseTo(slope, 6);
          expect(fit?.see).toBeLessThan(1e-6 * Math.max(1, Math.abs(intercept), Math.abs(slope) * 60));
        },
      ),
    );
  });

  it('groups points into thirds by time even when they are given out of order (counterexample found by fast-check)', () => {
    const days = [1, 393, 0, 3, 391];
    const fit = tukeyLine(days.map((d) => ({ x: d / 7, y: 10 - 0.5 * (d / 7) })));
    expect(fit?.slope).toBeCloseTo(-0.5, 9);
    expect(fit?.intercept).toBeCloseTo(10, 9);
  });

  it('matches SE_b = SEE · sqrt(12 / (n(n² − 1))) for weekly points (docs/progress-methods.md 2.4)', () => {
    const fit = fitTrend(specPoints);
    const n = specPoints.length;
    expect(fit?.slopeSe).toBeCloseTo((fit?.see ?? 0) * Math.sqrt(12 / (n * (n * n - 1))), 12);
  });
});
