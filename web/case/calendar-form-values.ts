import type { SchoolCalendar } from '../../core/schemas/school-calendar';
import { randomId } from './random-id';

/** One row of first and last days as typed (a term, or a closed day or range); `key` only keeps React's list stable. */
export interface DateRangeRow {
  readonly key: string;
  readonly start: string;
  readonly end: string;
}

/** Which days business days skip: US federal holidays (the spec's default) or the district's own list. */
export const HOLIDAY_CHOICES = ['federal', 'district'] as const;
export type HolidayChoice = (typeof HOLIDAY_CHOICES)[number];

/** The school calendar form exactly as typed (kept as is when saving fails). */
export interface CalendarFormValues {
  readonly terms: readonly DateRangeRow[];
  readonly closed: readonly DateRangeRow[];
  readonly holidayChoice: HolidayChoice;
  /** The district's holidays as typed, one date a row (kept while the federal choice is on, but not sent). */
  readonly holidays: readonly string[];
}

export function emptyDateRangeRow(): DateRangeRow {
  return { key: randomId(), start: '', end: '' };
}

export function isHolidayChoice(value: string): value is HolidayChoice {
  return (HOLIDAY_CHOICES as readonly string[]).includes(value);
}

/**
 * The form for a stored calendar; with none, one empty term to fill in. A closed single day has an empty
 * last day. A stored `holidays` list, even an empty one, is the district's own list (it replaces the federal one).
 */
export function calendarFormFromStored(calendar: SchoolCalendar | null): CalendarFormValues {
  const terms = (calendar?.terms ?? []).map((term) => ({ key: randomId(), start: term.start, end: term.end }));
  return {
    terms: terms.length === 0 ? [emptyDateRangeRow()] : terms,
    closed: (calendar?.closed ?? []).map((entry) =>
      typeof entry === 'string'
        ? { key: randomId(), start: entry, end: '' }
        : { key: randomId(), start: entry.start, end: entry.end },
    ),
    holidayChoice: calendar?.holidays === undefined ? 'federal' : 'district',
    holidays: calendar?.holidays ?? [],
  };
}

/** For each entry the API receives, the form row it came from: `rows.terms[i]` is the row of `terms[i]`. */
export interface CalendarFormRows {
  readonly terms: readonly number[];
  readonly closed: readonly number[];
  readonly holidays: readonly number[];
}

function isBlankRange(row: DateRangeRow): boolean {
  return row.start.trim() === '' && row.end.trim() === '';
}

function filledRows<T>(rows: readonly T[], isBlank: (row: T) => boolean): number[] {
  return rows.flatMap((row, index) => (isBlank(row) ? [] : [index]));
}

function pick<T, U>(rows: readonly T[], indexes: readonly number[], to: (row: T) => U): U[] {
  return indexes.flatMap((index) => {
    const row = rows[index];
    return row === undefined ? [] : [to(row)];
  });
}

/**
 * What PUT /api/v1/students/:id/calendar receives; the server validates it and names any bad field. Rows left
 * completely empty are not sent; a closed row with only a first day is that one day, with both it is a range
 * (a half-filled term or range is sent as typed, so the server names the missing day). The federal choice
 * sends no `holidays`, so business days use the federal list.
 */
export function calendarInputFromForm(values: CalendarFormValues): {
  input: { calendar: SchoolCalendar };
  rows: CalendarFormRows;
} {
  const rows = {
    terms: filledRows(values.terms, isBlankRange),
    closed: filledRows(values.closed, isBlankRange),
    holidays: values.holidayChoice === 'district' ? filledRows(values.holidays, (date) => date.trim() === '') : [],
  };
  const calendar: SchoolCalendar = {
    ...(rows.terms.length === 0
      ? {}
      : { terms: pick(values.terms, rows.terms, (row) => ({ start: row.start.trim(), end: row.end.trim() })) }),
    ...(rows.closed.length === 0
      ? {}
      : {
          closed: pick(values.closed, rows.closed, (row) =>
            row.end.trim() === '' ? row.start.trim() : { start: row.start.trim(), end: row.end.trim() },
          ),
        }),
    ...(values.holidayChoice === 'district'
      ? { holidays: pick(values.holidays, rows.holidays, (date) => date.trim()) }
      : {}),
  };
  return { input: { calendar }, rows };
}
