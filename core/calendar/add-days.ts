import { fromEpochDay, toEpochDay } from './epoch-day';

/**
 * The date `days` calendar days after `date` (negative goes back). "Within 60 days after D" is
 * `addDays(D, 60)`: the day of D itself is not counted and weekends do not move the result.
 */
export function addDays(date: string, days: number): string {
  return fromEpochDay(toEpochDay(date) + days);
}

/** Calendar days from `from` to `to` (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return toEpochDay(to) - toEpochDay(from);
}
