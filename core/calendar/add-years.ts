import { daysInMonth, epochDayFromParts, fromEpochDay, partsFromEpochDay, toEpochDay } from './epoch-day';

/** Same month and day `years` later, on day numbers; 29 February becomes 28 February. */
export function addYearsToEpochDay(epochDay: number, years: number): number {
  const { year, month, day } = partsFromEpochDay(epochDay);
  const target = year + years;
  return epochDayFromParts(target, month, Math.min(day, daysInMonth(target, month)));
}

/** Same day `months` later, on day numbers; a day the month lacks becomes its last day (31 Aug + 6 → 28/29 Feb). */
export function addMonthsToEpochDay(epochDay: number, months: number): number {
  const { year, month, day } = partsFromEpochDay(epochDay);
  const index = year * 12 + (month - 1) + months;
  const targetYear = Math.floor(index / 12);
  const targetMonth = index - targetYear * 12 + 1;
  return epochDayFromParts(targetYear, targetMonth, Math.min(day, daysInMonth(targetYear, targetMonth)));
}

/**
 * The same month and day `years` later (the contract's "N years"): 29 February becomes
 * 28 February in a common year.
 */
export function addYears(date: string, years: number): string {
  return fromEpochDay(addYearsToEpochDay(toEpochDay(date), years));
}

/** The same day of the month `months` later, clamped to the month's last day. */
export function addMonths(date: string, months: number): string {
  return fromEpochDay(addMonthsToEpochDay(toEpochDay(date), months));
}
