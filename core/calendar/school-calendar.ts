import { isWeekend, toEpochDay } from './epoch-day';

/** An inclusive range of dates. */
export interface DateRange {
  readonly start: string;
  readonly end: string;
}

/**
 * A school calendar as the case file gives it: `terms` are the school years' first and last days,
 * `closed` lists days or inclusive ranges inside terms when school is not in session, `holidays`
 * lists the days that are not business days (replacing the federal list when present).
 */
export interface SchoolCalendarInput {
  readonly terms?: readonly DateRange[] | undefined;
  readonly closed?: readonly (string | DateRange)[] | undefined;
  readonly holidays?: readonly string[] | undefined;
}

/** Day-number form of a school calendar, built once and reused for every count. */
export interface CompiledSchoolCalendar {
  /** Terms as day numbers, sorted and merged where they touch or overlap. */
  readonly terms: readonly { readonly start: number; readonly end: number }[];
  /** Every school day (Monday–Friday, inside a term, not closed), ascending. */
  readonly schoolDays: Int32Array;
  /** Closed days inside terms. */
  readonly closed: ReadonlySet<number>;
}

const cache = new WeakMap<SchoolCalendarInput, CompiledSchoolCalendar>();

/**
 * Day-number form of a calendar. Results are memoised per calendar object because a district's
 * calendar is shared by thousands of case files; the input is never mutated.
 */
export function compileSchoolCalendar(calendar: SchoolCalendarInput): CompiledSchoolCalendar {
  const known = cache.get(calendar);
  if (known !== undefined) return known;
  const ranges = (calendar.terms ?? [])
    .map((term) => ({ start: toEpochDay(term.start), end: toEpochDay(term.end) }))
    .filter((term) => term.start <= term.end)
    .sort((a, b) => a.start - b.start);
  const terms: { start: number; end: number }[] = [];
  for (const range of ranges) {
    const last = terms[terms.length - 1];
    if (last !== undefined && range.start <= last.end + 1) last.end = Math.max(last.end, range.end);
    else terms.push({ ...range });
  }
  const closed = new Set<number>();
  for (const entry of calendar.closed ?? []) {
    if (typeof entry === 'string') closed.add(toEpochDay(entry));
    else for (let day = toEpochDay(entry.start), end = toEpochDay(entry.end); day <= end; day++) closed.add(day);
  }
  const days: number[] = [];
  for (const term of terms) {
    for (let day = term.start; day <= term.end; day++) if (!isWeekend(day) && !closed.has(day)) days.push(day);
  }
  const compiled: CompiledSchoolCalendar = { terms, schoolDays: Int32Array.from(days), closed };
  cache.set(calendar, compiled);
  return compiled;
}

/** True when the calendar has at least one term, so school days can be counted at all. */
export function hasTerms(calendar: SchoolCalendarInput | undefined): calendar is SchoolCalendarInput {
  return calendar?.terms !== undefined && calendar.terms.length > 0;
}

/** Index of the first school day strictly after `epochDay` (the array length when there is none). */
export function firstSchoolDayIndexAfter(calendar: CompiledSchoolCalendar, epochDay: number): number {
  const days = calendar.schoolDays;
  let low = 0;
  let high = days.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((days[mid] ?? Infinity) <= epochDay) low = mid + 1;
    else high = mid;
  }
  return low;
}

/** True when `epochDay` is a school day of the calendar. */
export function isSchoolDay(calendar: CompiledSchoolCalendar, epochDay: number): boolean {
  const index = firstSchoolDayIndexAfter(calendar, epochDay - 1);
  return calendar.schoolDays[index] === epochDay;
}

/** The term containing `epochDay`, or undefined. */
export function termContaining(
  calendar: CompiledSchoolCalendar,
  epochDay: number,
): { readonly start: number; readonly end: number } | undefined {
  return calendar.terms.find((term) => term.start <= epochDay && epochDay <= term.end);
}
