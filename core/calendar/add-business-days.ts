import { federalHolidaySet } from './federal-holidays';
import { fromEpochDay, isWeekend, partsFromEpochDay, toEpochDay } from './epoch-day';

/** Longest business-day count a rule uses is 65 (Virginia); two years of holidays always suffice. */
const YEARS_AHEAD = 2;

/** The set of non-business days to use: the given list, or the observed federal holidays. */
export function holidaySetFor(
  holidays: ReadonlySet<number> | undefined,
  fromEpochDayNumber: number,
  count: number,
): ReadonlySet<number> {
  if (holidays !== undefined) return holidays;
  const { year } = partsFromEpochDay(fromEpochDayNumber);
  return federalHolidaySet(year, year + Math.max(YEARS_AHEAD, Math.ceil(count / 250) + 1));
}

/**
 * Day number of the `count`-th business day (Monday–Friday, not a holiday) after `epochDay`.
 * Without a holiday set the US federal holidays on their observed dates are used.
 */
export function nthBusinessDayAfter(epochDay: number, count: number, holidays?: ReadonlySet<number>): number {
  const closed = holidaySetFor(holidays, epochDay, count);
  let day = epochDay;
  let counted = 0;
  while (counted < count) {
    day++;
    if (!isWeekend(day) && !closed.has(day)) counted++;
  }
  return day;
}

/**
 * Day number of the `count`-th business day before `epochDay` (the day itself is not counted): the
 * last day something due "at least `count` business days before" a meeting can be done.
 */
export function nthBusinessDayBefore(epochDay: number, count: number, holidays?: ReadonlySet<number>): number {
  const closed = holidaySetFor(holidays, epochDay - Math.ceil((count * 7) / 5) - 14, count);
  let day = epochDay;
  let counted = 0;
  while (counted < count) {
    day--;
    if (!isWeekend(day) && !closed.has(day)) counted++;
  }
  return day;
}

/**
 * The `count`-th business day after `date`. `holidays`, when given, replaces the federal list
 * (the contract: a case file's `holidays` list replaces the federal holidays).
 */
export function addBusinessDays(date: string, count: number, holidays?: readonly string[]): string {
  const set = holidays === undefined ? undefined : new Set(holidays.map(toEpochDay));
  return fromEpochDay(nthBusinessDayAfter(toEpochDay(date), count, set));
}
