import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addSchoolDays, nthSchoolDayBefore } from './add-school-days';
import { nthBusinessDayBefore } from './add-business-days';
import { nthCalendarDayExcludingBreaks } from './break-exclusion';
import { compileSchoolCalendar, isSchoolDay } from './school-calendar';
import type { SchoolCalendarInput } from './school-calendar';
import { fromEpochDay, isWeekend, toEpochDay } from './epoch-day';

const calendar: SchoolCalendarInput = {
  terms: [
    { start: '2025-08-25', end: '2026-06-05' },
    { start: '2026-08-24', end: '2027-06-04' },
  ],
  closed: ['2025-09-01', { start: '2025-11-26', end: '2025-11-28' }, { start: '2025-12-22', end: '2026-01-02' }],
};

describe('addSchoolDays', () => {
  it('counts Monday–Friday inside terms, skipping closed days', () => {
    expect(addSchoolDays(calendar, '2025-11-20', 5)).toBe('2025-12-02'); // 21, 24, 25, 1 Dec, 2 Dec
    expect(addSchoolDays(calendar, '2025-08-01', 1)).toBe('2025-08-25'); // before the first term
    expect(addSchoolDays(calendar, '2025-12-19', 1)).toBe('2026-01-05'); // across the winter break
    expect(addSchoolDays(calendar, '2026-06-04', 2)).toBe('2026-08-24'); // across summer
  });

  it('gives null past the last term', () => {
    expect(addSchoolDays(calendar, '2027-06-01', 10)).toBeNull();
  });

  it('never lands on a weekend, a closed day or outside a term', () => {
    const compiled = compileSchoolCalendar(calendar);
    fc.assert(
      fc.property(
        fc.integer({ min: toEpochDay('2025-06-01'), max: toEpochDay('2027-06-10') }),
        fc.integer({ min: 1, max: 90 }),
        (day, count) => {
          const due = addSchoolDays(calendar, fromEpochDay(day), count);
          if (due === null) return;
          const dueDay = toEpochDay(due);
          expect(dueDay).toBeGreaterThan(day);
          expect(isWeekend(dueDay)).toBe(false);
          expect(compiled.closed.has(dueDay)).toBe(false);
          expect(compiled.terms.some((term) => term.start <= dueDay && dueDay <= term.end)).toBe(true);
          expect(isSchoolDay(compiled, dueDay)).toBe(true);
        },
      ),
    );
  });
});

describe('calendar days minus breaks', () => {
  const compiled = compileSchoolCalendar(calendar);
  const summerOnly = { id: 'summer', closedDays: 'none' } as const;
  const allClosed = { id: 'all', closedDays: 'all' } as const;
  const longBreaks = { id: 'long', closedDays: 'long-breaks', minBreakWeekdays: 5 } as const;

  it('skips summer only, closed days, or long breaks with their weekends', () => {
    // 20 Apr 2026 + 60 with summer (6 Jun – 23 Aug, 79 days) skipped → 6 Sep 2026.
    expect(nthCalendarDayExcludingBreaks(compiled, toEpochDay('2026-04-20'), 60, summerOnly)).toEqual({
      due: toEpochDay('2026-09-06'),
      skipped: 79,
    });
    // 3 Nov 2025 + 60 = 2 Jan; closed 26–28 Nov and 22 Dec – 2 Jan (15 days) → 17 Jan 2026.
    expect(nthCalendarDayExcludingBreaks(compiled, toEpochDay('2025-11-03'), 60, allClosed).due).toBe(
      toEpochDay('2026-01-17'),
    );
    // Winter break with weekends: 20 Dec – 4 Jan (16 days) → 18 Jan 2026.
    expect(nthCalendarDayExcludingBreaks(compiled, toEpochDay('2025-11-03'), 60, longBreaks).due).toBe(
      toEpochDay('2026-01-18'),
    );
  });

  it('gives null when the count needs days after the last term', () => {
    expect(nthCalendarDayExcludingBreaks(compiled, toEpochDay('2027-05-01'), 60, summerOnly).due).toBeNull();
  });
});

describe('counting back from a meeting', () => {
  it('finds the N-th school day before a day, the day itself not counted', () => {
    const compiled = compileSchoolCalendar(calendar);
    // Before Wed 3 Dec 2025: Tue 2, Mon 1 Dec; 26–28 Nov are closed, so Tue 25 is the 3rd and Mon 24 Nov the 4th.
    expect(fromEpochDay(nthSchoolDayBefore(compiled, toEpochDay('2025-12-03'), 4) ?? 0)).toBe('2025-11-24');
    // Before the calendar's first school days there is nothing to count back to.
    expect(nthSchoolDayBefore(compiled, toEpochDay('2025-08-27'), 3)).toBeNull();
  });

  it('finds the N-th business day before a day, skipping weekends and holidays', () => {
    // Before Mon 20 Oct 2025: Fri 17, Thu 16, Wed 15, Tue 14; Mon 13 Oct is Columbus Day → Fri 10 Oct.
    expect(fromEpochDay(nthBusinessDayBefore(toEpochDay('2025-10-20'), 5))).toBe('2025-10-10');
    // With the case's own holiday list (no Columbus Day), Mon 13 Oct counts.
    expect(fromEpochDay(nthBusinessDayBefore(toEpochDay('2025-10-20'), 5, new Set<number>()))).toBe('2025-10-13');
  });
});
