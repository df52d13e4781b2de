import { isWeekend } from './epoch-day';
import type { CompiledSchoolCalendar } from './school-calendar';

/**
 * Which days a state's "calendar days, not counting breaks" rule leaves out. Days outside every
 * term (summer, the time between school years) are always left out; inside terms:
 * - `closedDays: 'none'`: nothing else (Pennsylvania: summer only);
 * - `closedDays: 'all'`: every closed day (Florida: holidays and breaks);
 * - `closedDays: 'long-breaks'`: a break — a run of consecutive days inside a term with no school
 *   day, weekends included — whose closed weekdays number at least `minBreakWeekdays`
 *   (California: more than 5, so 6; Georgia: 5 or more, with the adjoining weekends).
 */
export interface BreakExclusion {
  readonly id: string;
  readonly closedDays: 'none' | 'all' | 'long-breaks';
  readonly minBreakWeekdays?: number;
}

interface CountedDays {
  readonly base: number;
  /** 1 where the day counts, 0 where it is excluded; index = day − base. */
  readonly counted: Uint8Array;
}

const cache = new WeakMap<CompiledSchoolCalendar, Map<string, CountedDays>>();

function buildCountedDays(calendar: CompiledSchoolCalendar, exclusion: BreakExclusion): CountedDays {
  const first = calendar.terms[0];
  const last = calendar.terms[calendar.terms.length - 1];
  if (first === undefined || last === undefined) return { base: 0, counted: new Uint8Array(0) };
  const base = first.start;
  const counted = new Uint8Array(last.end - base + 1);
  const isSchool = (day: number): boolean => !isWeekend(day) && !calendar.closed.has(day);
  for (const term of calendar.terms) {
    let day = term.start;
    while (day <= term.end) {
      if (isSchool(day)) {
        counted[day - base] = 1;
        day++;
        continue;
      }
      let end = day;
      let closedWeekdays = 0;
      while (end <= term.end && !isSchool(end)) {
        if (!isWeekend(end)) closedWeekdays++;
        end++;
      }
      const isExcluded =
        exclusion.closedDays === 'all'
          ? null
          : exclusion.closedDays === 'long-breaks' && closedWeekdays >= (exclusion.minBreakWeekdays ?? Infinity);
      for (let run = day; run < end; run++) {
        const excluded = isExcluded ?? calendar.closed.has(run);
        counted[run - base] = excluded ? 0 : 1;
      }
      day = end;
    }
  }
  return { base, counted };
}

function countedDaysFor(calendar: CompiledSchoolCalendar, exclusion: BreakExclusion): CountedDays {
  let byExclusion = cache.get(calendar);
  if (byExclusion === undefined) {
    byExclusion = new Map();
    cache.set(calendar, byExclusion);
  }
  let days = byExclusion.get(exclusion.id);
  if (days === undefined) {
    days = buildCountedDays(calendar, exclusion);
    byExclusion.set(exclusion.id, days);
  }
  return days;
}

/** Result of a calendar-day count that skips breaks. */
export interface BreakCount {
  /** Day number of the due date, or null when the count runs past the last term. */
  readonly due: number | null;
  /** Calendar days between the trigger and the due date that were not counted. */
  readonly skipped: number;
}

/**
 * The `count`-th counted calendar day after `epochDay`, leaving out the days the exclusion names.
 * Days before the first term are treated like summer (not counted); a count that needs days after
 * the last term cannot be finished and gives `due: null`.
 */
export function nthCalendarDayExcludingBreaks(
  calendar: CompiledSchoolCalendar,
  epochDay: number,
  count: number,
  exclusion: BreakExclusion,
): BreakCount {
  const { base, counted } = countedDaysFor(calendar, exclusion);
  let day = Math.max(epochDay + 1, base);
  let seen = 0;
  for (; day - base < counted.length; day++) {
    if (counted[day - base] === 1 && ++seen === count) return { due: day, skipped: day - epochDay - count };
  }
  return { due: null, skipped: 0 };
}
