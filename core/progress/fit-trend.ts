import type { TrendFit } from '../schemas/progress';
import { median } from './median';
import { studentTQuantile } from './student-t-quantile';

/** A point on the progress graph: `x` in weeks since the baseline date, `y` the score. */
export interface XyPoint {
  readonly x: number;
  readonly y: number;
}

/**
 * Ordinary least squares with its standard errors and 95% slope interval, plus the Tukey and Theil–Sen slopes,
 * over points in time order. Null with fewer than 3 points (no degrees of freedom left for the error) or when
 * every point falls in the same week (no slope exists).
 */
export function fitTrend(points: readonly XyPoint[]): TrendFit | null {
  const n = points.length;
  if (n < 3) return null;
  const meanX = points.reduce((s, p) => s + p.x, 0) / n;
  const meanY = points.reduce((s, p) => s + p.y, 0) / n;
  let sxx = 0;
  let sxy = 0;
  for (const p of points) {
    sxx += (p.x - meanX) ** 2;
    sxy += (p.x - meanX) * (p.y - meanY);
  }
  if (sxx === 0) return null;
  const slope = sxy / sxx;
  const intercept = meanY - slope * meanX;
  const sse = points.reduce((s, p) => s + (p.y - (intercept + slope * p.x)) ** 2, 0);
  const see = Math.sqrt(sse / (n - 2));
  const slopeSe = see / Math.sqrt(sxx);
  const tQuantile = studentTQuantile(0.975, n - 2);
  const tukey = tukeyLine(points);
  return {
    slope,
    intercept,
    see,
    slopeSe,
    slopeLow: slope - tQuantile * slopeSe,
    slopeHigh: slope + tQuantile * slopeSe,
    tukeySlope: tukey?.slope ?? null,
    tukeyIntercept: tukey?.intercept ?? null,
    theilSenSlope: theilSenSlope(points),
    meanX,
    sxx,
    tQuantile,
  };
}

/**
 * Group sizes for Tukey's three-group line: as equal as possible, with n = 3k+1 giving the extra point to the
 * middle group and n = 3k+2 one extra to each outer group (docs/progress-methods.md 1.3).
 */
export function tukeyGroupSizes(n: number): readonly [number, number, number] {
  const k = Math.floor(n / 3);
  const rest = n % 3;
  if (rest === 1) return [k, k + 1, k];
  if (rest === 2) return [k + 1, k, k + 1];
  return [k, k, k];
}

/** Tukey's resistant line through points in time order; null when the slope is undefined. */
export function tukeyLine(points: readonly XyPoint[]): { slope: number; intercept: number } | null {
  if (points.length < 3) return null;
  const [first, middle] = tukeyGroupSizes(points.length);
  // The three groups are thirds in time, whatever order the points were given in.
  const byTime = [...points].sort((a, b) => a.x - b.x);
  const groups = [byTime.slice(0, first), byTime.slice(first, first + middle), byTime.slice(first + middle)];
  const centers = groups.map((g) => ({ x: median(g.map((p) => p.x)), y: median(g.map((p) => p.y)) }));
  const [c1, c2, c3] = centers;
  if (c1 === undefined || c2 === undefined || c3 === undefined || c3.x === c1.x) return null;
  const slope = (c3.y - c1.y) / (c3.x - c1.x);
  const intercept = (c1.y - slope * c1.x + (c2.y - slope * c2.x) + (c3.y - slope * c3.x)) / 3;
  return { slope, intercept };
}

/** Median of the slopes between every pair of points in different weeks; null when there is no such pair. */
export function theilSenSlope(points: readonly XyPoint[]): number | null {
  const slopes: number[] = [];
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const a = points[i];
      const b = points[j];
      if (a !== undefined && b !== undefined && a.x !== b.x) slopes.push((b.y - a.y) / (b.x - a.x));
    }
  }
  return slopes.length === 0 ? null : median(slopes);
}
