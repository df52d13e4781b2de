import type { ProgressInput, ProgressPoint } from '../schemas/progress';
import { daysBetween } from '../calendar/add-days';

/** A score placed on the graph. */
export interface ChartPoint {
  readonly point: ProgressPoint;
  /** Weeks since the baseline date. */
  readonly week: number;
  /** The aim line's value at this date. */
  readonly aim: number;
  /** False for points on or before the latest phase change (not used for the trend). */
  readonly isUsed: boolean;
}

/** What the graph and its table draw: points up to `asOf` in date order, and phase changes up to `asOf`. */
export interface ChartData {
  readonly points: readonly ChartPoint[];
  readonly phaseChanges: readonly { readonly date: string; readonly week: number }[];
  readonly goalWeeks: number;
  readonly goalSlope: number;
  readonly weekOf: (date: string) => number;
}

/** Places the input on the graph's axes with the same as-of and phase rules as `analyzeProgress`. */
export function chartData(input: ProgressInput, asOf: string): ChartData {
  const weekOf = (date: string): number => daysBetween(input.baseline.date, date) / 7;
  const goalWeeks = weekOf(input.goal.date);
  const goalSlope = (input.goal.value - input.baseline.value) / goalWeeks;
  const phaseDates = [...new Set((input.phaseChanges ?? []).filter((d) => d <= asOf))].sort();
  const latest = phaseDates[phaseDates.length - 1] ?? null;
  const points = input.points
    .filter((p) => p.date <= asOf)
    .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0))
    .map((point) => {
      const week = weekOf(point.date);
      return {
        point,
        week,
        aim: input.baseline.value + goalSlope * week,
        isUsed: latest === null || point.date > latest,
      };
    });
  return {
    points,
    phaseChanges: phaseDates.map((date) => ({ date, week: weekOf(date) })),
    goalWeeks,
    goalSlope,
    weekOf,
  };
}
