import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, daysBetween } from './add-days';
import { addMonths, addYears } from './add-years';
import { birthdayAtAge } from './birthday-at-age';

describe('addDays', () => {
  it('does not count the start day and never rolls off a weekend', () => {
    expect(addDays('2025-09-10', 60)).toBe('2025-11-09'); // a Sunday, left as it is
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01');
    expect(addDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(daysBetween('2025-09-10', '2025-11-09')).toBe(60);
  });
});

describe('addYears and birthdays', () => {
  it('keeps month and day; 29 February becomes 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
    expect(addYears('2024-02-29', 4)).toBe('2028-02-29');
    expect(addYears('2022-10-03', 3)).toBe('2025-10-03');
  });

  it('finds birthdays, including half years', () => {
    expect(birthdayAtAge('2010-03-15', 16)).toBe('2026-03-15');
    expect(birthdayAtAge('2012-03-15', 14.5)).toBe('2026-09-15');
    expect(birthdayAtAge('2011-08-31', 14.5)).toBe('2026-02-28'); // no 31 Feb
    expect(birthdayAtAge('2008-02-29', 18)).toBe('2026-02-28');
    expect(addMonths('2025-01-31', 1)).toBe('2025-02-28');
  });

  it('never goes backwards', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 60_000 }), fc.integer({ min: 0, max: 30 }), (day, years) => {
        const date = addDays('1970-01-01', day);
        expect(addYears(date, years) >= date).toBe(true);
      }),
    );
  });
});
