import { daysInMonth, epochDayFromParts, fromEpochDay, isoWeekday } from './epoch-day';

/** Day number of the `nth` given ISO weekday (1 = Monday) of a month; nth = -1 means the last one. */
function nthWeekday(year: number, month: number, weekday: number, nth: number): number {
  if (nth > 0) {
    const first = epochDayFromParts(year, month, 1);
    return first + ((weekday - isoWeekday(first) + 7) % 7) + (nth - 1) * 7;
  }
  const lastOfMonth = epochDayFromParts(year, month, daysInMonth(year, month));
  return lastOfMonth - ((isoWeekday(lastOfMonth) - weekday + 7) % 7);
}

/** Saturday holidays are observed on Friday, Sunday holidays on Monday (5 U.S.C. 6103(b)). */
function observed(epochDay: number): number {
  const weekday = isoWeekday(epochDay);
  if (weekday === 6) return epochDay - 1;
  if (weekday === 7) return epochDay + 1;
  return epochDay;
}

/** Day numbers of the observed federal holidays of `year` (5 U.S.C. 6103(a)). */
export function federalHolidayEpochDays(year: number): number[] {
  const fixed = (month: number, day: number): number => observed(epochDayFromParts(year, month, day));
  const days = [
    fixed(1, 1),
    nthWeekday(year, 1, 1, 3), // Birthday of Martin Luther King, Jr.
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    ...(year >= 2021 ? [fixed(6, 19)] : []), // Juneteenth, a federal holiday since 17 June 2021
    fixed(7, 4),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    fixed(11, 11),
    nthWeekday(year, 11, 4, 4), // Thanksgiving Day
    fixed(12, 25),
  ];
  return days.sort((a, b) => a - b);
}

/**
 * The US federal holidays of `year` on their observed dates (Saturday → Friday, Sunday → Monday).
 * New Year's Day of a Saturday year is observed on 31 December of the year before, and is listed
 * under the year it belongs to.
 */
export function federalHolidays(year: number): string[] {
  return federalHolidayEpochDays(year).map(fromEpochDay);
}

const observedDays = new Set<number>();
const coveredYears = new Set<number>();

/**
 * The observed federal holidays of the years `fromYear`–`toYear` (and the neighbouring years, for
 * New Year's Day observed on 31 December), as one set. Years are computed once and remembered.
 */
export function federalHolidaySet(fromYear: number, toYear: number): ReadonlySet<number> {
  for (let year = fromYear - 1; year <= toYear + 1; year++) {
    if (coveredYears.has(year)) continue;
    coveredYears.add(year);
    for (const day of federalHolidayEpochDays(year)) observedDays.add(day);
  }
  return observedDays;
}
