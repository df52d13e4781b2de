import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { logGamma, regularizedBeta, studentTCdf, studentTQuantile } from './student-t-quantile';

describe('studentTQuantile', () => {
  // Reference values: R qt(0.975, df) / SciPy t.ppf, to the digits shown.
  it.each([
    [1, 12.706204736174707],
    [2, 4.302652729749464],
    [3, 3.182446305284263],
    [4, 2.7764451051977934],
    [5, 2.570581835636314],
    [6, 2.4469118511449692],
    [7, 2.364624251592785],
    [8, 2.306004135204166],
    [10, 2.2281388519862744],
    [13, 2.1603686564627926],
    [30, 2.0422724563012373],
    [100, 1.9839715185235556],
    [1000, 1.9623390808264074],
  ])('t(0.975, %i) = %f', (df, expected) => {
    expect(studentTQuantile(0.975, df)).toBeCloseTo(expected, 10);
  });

  it('matches the value the spec names, t(0.975, 7) = 2.364624', () => {
    expect(studentTQuantile(0.975, 7).toFixed(6)).toBe('2.364624');
  });

  it('handles other probabilities and fractional degrees of freedom', () => {
    expect(studentTQuantile(0.995, 4)).toBeCloseTo(4.604094871349992, 10);
    expect(studentTQuantile(0.9, 12.5)).toBeCloseTo(1.3530668727547326, 10);
    expect(studentTQuantile(0.025, 7)).toBeCloseTo(-2.364624251592785, 10);
    expect(studentTQuantile(0.5, 3)).toBe(0);
  });

  it('rejects impossible arguments', () => {
    expect(() => studentTQuantile(1, 5)).toThrow(RangeError);
    expect(() => studentTQuantile(0.975, 0)).toThrow(RangeError);
  });

  it('inverts the CDF', () => {
    fc.assert(
      fc.property(fc.double({ min: 0.51, max: 0.999, noNaN: true }), fc.integer({ min: 1, max: 200 }), (p, df) => {
        expect(studentTCdf(studentTQuantile(p, df), df)).toBeCloseTo(p, 10);
      }),
    );
  });
});

describe('special functions', () => {
  it('logGamma matches factorials', () => {
    expect(logGamma(1)).toBeCloseTo(0, 12);
    expect(logGamma(5)).toBeCloseTo(Math.log(24), 12);
    expect(logGamma(0.5)).toBeCloseTo(Math.log(Math.sqrt(Math.PI)), 12);
  });

  it('regularizedBeta has its closed forms', () => {
    expect(regularizedBeta(0.3, 1, 1)).toBeCloseTo(0.3, 12);
    expect(regularizedBeta(0.3, 2, 1)).toBeCloseTo(0.09, 12);
    expect(regularizedBeta(0, 2, 3)).toBe(0);
    expect(regularizedBeta(1, 2, 3)).toBe(1);
  });
});
