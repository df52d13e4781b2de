import { fromEpochDay, toEpochDay } from './epoch-day';
import { compileSchoolCalendar, firstSchoolDayIndexAfter } from './school-calendar';
import type { CompiledSchoolCalendar, SchoolCalendarInput } from './school-calendar';

/**
 * Day number of the `count`-th school day after `epochDay` (the day itself is not counted), or
 * null when the count runs past the calendar's last term.
 */
export function nthSchoolDayAfter(calendar: CompiledSchoolCalendar, epochDay: number, count: number): number | null {
  const index = firstSchoolDayIndexAfter(calendar, epochDay) + count - 1;
  return calendar.schoolDays[index] ?? null;
}

/**
 * Day number of the `count`-th school day before `epochDay` (the day itself is not counted), or null
 * when the calendar starts later.
 */
export function nthSchoolDayBefore(calendar: CompiledSchoolCalendar, epochDay: number, count: number): number | null {
  // The index of the first school day on or after `epochDay`; the ones before it are counted back.
  const index = firstSchoolDayIndexAfter(calendar, epochDay - 1) - count;
  return index < 0 ? null : (calendar.schoolDays[index] ?? null);
}

/** School days strictly after `from` up to and including `to`. */
export function schoolDaysBetween(calendar: CompiledSchoolCalendar, from: number, to: number): number {
  if (to <= from) return 0;
  return firstSchoolDayIndexAfter(calendar, to) - firstSchoolDayIndexAfter(calendar, from);
}

/**
 * The `count`-th school day after `date` against a school calendar (Monday–Friday, inside a term,
 * not closed), or null when the calendar ends first.
 */
export function addSchoolDays(calendar: SchoolCalendarInput, date: string, count: number): string | null {
  const due = nthSchoolDayAfter(compileSchoolCalendar(calendar), toEpochDay(date), count);
  return due === null ? null : fromEpochDay(due);
}
