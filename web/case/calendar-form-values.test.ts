import fc from 'fast-check';
import i18next, { type TFunction } from 'i18next';
import { beforeAll, describe, expect, it } from 'vitest';
import { schoolCalendarInputSchema, type SchoolCalendar } from '../../core/schemas/school-calendar';
import { mergeTranslations } from '../i18n/merge-translations';
import shellEn from '../i18n/shell.en.json';
import { strings as pagesEn } from '../i18n/strings.en';
import { calendarFormIssues } from './calendar-form-issues';
import { calendarFormFromStored, calendarInputFromForm, type CalendarFormValues } from './calendar-form-values';

/** The form's values without React's row keys, to compare. */
function withoutKeys(values: CalendarFormValues) {
  return {
    ...values,
    terms: values.terms.map(({ start, end }) => ({ start, end })),
    closed: values.closed.map(({ start, end }) => ({ start, end })),
  };
}

function row(start: string, end: string) {
  return { key: `${start}/${end}`, start, end };
}

const FORM: CalendarFormValues = {
  terms: [row('', ''), row('2026-08-17', '2027-05-28'), row('2027-08-16', '2028-05-26')],
  closed: [row('2026-09-07', ''), row('', ''), row('2026-11-23', '2026-11-27'), row('2026-12-21', '2027-01-01')],
  holidayChoice: 'federal',
  holidays: ['2026-11-26'],
};

describe('calendarFormFromStored', () => {
  it('gives one empty term to fill in when no calendar is stored, and the federal holidays', () => {
    expect(withoutKeys(calendarFormFromStored(null))).toEqual({
      terms: [{ start: '', end: '' }],
      closed: [],
      holidayChoice: 'federal',
      holidays: [],
    });
  });

  it('shows a closed single day with an empty last day, a range with both, and a stored list as the district’s', () => {
    const stored: SchoolCalendar = {
      terms: [{ start: '2026-08-17', end: '2027-05-28' }],
      closed: ['2026-09-07', { start: '2026-11-23', end: '2026-11-27' }],
      holidays: ['2026-09-07', '2026-11-26'],
    };
    expect(withoutKeys(calendarFormFromStored(stored))).toEqual({
      terms: [{ start: '2026-08-17', end: '2027-05-28' }],
      closed: [
        { start: '2026-09-07', end: '' },
        { start: '2026-11-23', end: '2026-11-27' },
      ],
      holidayChoice: 'district',
      holidays: ['2026-09-07', '2026-11-26'],
    });
  });

  it('keeps an empty district list as the district’s choice (no holidays at all), not the federal one', () => {
    expect(calendarFormFromStored({ holidays: [] }).holidayChoice).toBe('district');
  });

  it('gives every row its own key', () => {
    const form = calendarFormFromStored({ closed: ['2026-09-07', '2026-09-07'] });
    expect(new Set(form.closed.map((entry) => entry.key)).size).toBe(2);
  });
});

describe('calendarInputFromForm', () => {
  it('drops empty rows, sends a closed row with only a first day as one day, and no holidays for the federal choice', () => {
    const { input, rows } = calendarInputFromForm(FORM);
    expect(input).toEqual({
      calendar: {
        terms: [
          { start: '2026-08-17', end: '2027-05-28' },
          { start: '2027-08-16', end: '2028-05-26' },
        ],
        closed: ['2026-09-07', { start: '2026-11-23', end: '2026-11-27' }, { start: '2026-12-21', end: '2027-01-01' }],
      },
    });
    expect(rows).toEqual({ terms: [1, 2], closed: [0, 2, 3], holidays: [] });
    expect(schoolCalendarInputSchema.safeParse(input).success).toBe(true);
  });

  it('sends the district’s own list, without its empty rows', () => {
    const { input, rows } = calendarInputFromForm({
      ...FORM,
      holidayChoice: 'district',
      holidays: ['', '2026-11-26', ' 2026-12-25 '],
    });
    expect(input.calendar.holidays).toEqual(['2026-11-26', '2026-12-25']);
    expect(rows.holidays).toEqual([1, 2]);
  });

  it('sends an empty list when the district’s list has no day, and nothing at all for an empty form', () => {
    const empty = calendarFormFromStored(null);
    expect(calendarInputFromForm(empty).input).toEqual({ calendar: {} });
    expect(calendarInputFromForm({ ...empty, holidayChoice: 'district' }).input).toEqual({
      calendar: { holidays: [] },
    });
  });

  it('sends a half-filled term or range as typed, so the server names the missing day', () => {
    const { input } = calendarInputFromForm({
      ...FORM,
      terms: [row('2026-08-17', '')],
      closed: [row('', '2026-11-27')],
    });
    expect(input.calendar.terms).toEqual([{ start: '2026-08-17', end: '' }]);
    expect(input.calendar.closed).toEqual([{ start: '', end: '2026-11-27' }]);
    expect(schoolCalendarInputSchema.safeParse(input).success).toBe(false);
  });

  it('gives back any stored calendar unchanged (stored → form → API body)', () => {
    const day = fc
      .date({ min: new Date('2020-01-01T00:00:00Z'), max: new Date('2030-12-31T00:00:00Z'), noInvalidDate: true })
      .map((date) => date.toISOString().slice(0, 10));
    const range = fc.tuple(day, day).map(([a, b]) => (a <= b ? { start: a, end: b } : { start: b, end: a }));
    const calendar = fc.record(
      {
        terms: fc.array(range, { minLength: 1, maxLength: 4 }),
        closed: fc.array(fc.oneof(day, range), { maxLength: 6 }),
        holidays: fc.array(day, { maxLength: 6 }),
      },
      { requiredKeys: ['terms'] },
    );
    fc.assert(
      fc.property(calendar, (stored) => {
        const form = calendarFormFromStored(stored);
        const { calendar: sent } = calendarInputFromForm(form).input;
        const expected: SchoolCalendar = {
          terms: stored.terms,
          ...(stored.closed === undefined || stored.closed.length === 0 ? {} : { closed: stored.closed }),
          ...(stored.holidays === undefined ? {} : { holidays: stored.holidays }),
        };
        expect(sent).toEqual(expected);
      }),
    );
  });
});

describe('calendarFormIssues', () => {
  let t: TFunction;
  beforeAll(async () => {
    const instance = i18next.createInstance();
    await instance.init({
      resources: { en: { translation: mergeTranslations(shellEn, pagesEn) } },
      lng: 'en',
      interpolation: { escapeValue: false },
    });
    t = instance.t;
  });

  it('puts each API issue on the form row it came from, with the row in its label, once per field', () => {
    const { rows } = calendarInputFromForm({ ...FORM, holidayChoice: 'district', holidays: ['', '2026-13-01'] });
    const problems = calendarFormIssues(
      [
        { field: 'calendar.terms[1].end', message: 'expected YYYY-MM-DD, got ""' },
        { field: 'calendar.terms[1].end', message: 'expected start on or before end' },
        { field: 'calendar.closed[0]', message: 'expected YYYY-MM-DD, got "x"' },
        { field: 'calendar.closed[1].end', message: 'expected start on or before end' },
        { field: 'calendar.holidays[0]', message: 'expected YYYY-MM-DD, got "2026-13-01"' },
        { field: 'calendar.terms', message: 'at most 40 terms' },
      ],
      rows,
      t,
    );
    expect(problems.items).toEqual([
      { fieldId: 'calendar-terms-2-end', label: 'Term 3, last day', message: 'Enter a date.' },
      { fieldId: 'calendar-closed-0-start', label: 'Closure 1, first day', message: 'Enter a date.' },
      {
        fieldId: 'calendar-closed-2-end',
        label: 'Closure 3, last day (leave empty for one day)',
        message: 'The last day must be on or after the first day.',
      },
      { fieldId: 'calendar-holidays-1', label: 'Holiday 2', message: 'Enter a date.' },
      { fieldId: 'calendar-terms', label: 'Terms', message: 'at most 40 terms' },
    ]);
    expect(problems.byField['calendar-terms-2-end']).toBe('Enter a date.');
  });
});
