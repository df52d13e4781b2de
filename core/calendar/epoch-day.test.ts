import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { daysInMonth, fromEpochDay, isoWeekday, toEpochDay } from './epoch-day';

/** An independent oracle: walk the calendar one day at a time from 1970-01-01. */
function naiveDate(epochDay: number): string {
  let year = 1970;
  let month = 1;
  let day = 1;
  for (let index = 0; index < epochDay; index++) {
    day++;
    if (day > daysInMonth(year, month)) {
      day = 1;
      month++;
      if (month > 12) {
        month = 1;
        year++;
      }
    }
  }
  return `${String(year)}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

describe('epoch days', () => {
  it('matches a day-by-day walk for the first 60 years', () => {
    for (let epochDay = 0; epochDay < 22_000; epochDay += 37) expect(fromEpochDay(epochDay)).toBe(naiveDate(epochDay));
  });

  it('knows fixed points', () => {
    expect(toEpochDay('1970-01-01')).toBe(0);
    expect(toEpochDay('2000-03-01') - toEpochDay('2000-02-28')).toBe(2); // 2000 is a leap year
    expect(toEpochDay('1900-03-01') - toEpochDay('1900-02-28')).toBe(1); // 1900 is not
    expect(isoWeekday(toEpochDay('2025-09-10'))).toBe(3); // a Wednesday
    expect(isoWeekday(toEpochDay('1969-12-31'))).toBe(3);
    expect(fromEpochDay(-1)).toBe('1969-12-31');
  });

  it('round-trips every day from 1600 to 2400', () => {
    fc.assert(
      fc.property(fc.integer({ min: toEpochDay('1600-01-01'), max: toEpochDay('2400-12-31') }), (epochDay) => {
        expect(toEpochDay(fromEpochDay(epochDay))).toBe(epochDay);
        expect(isoWeekday(epochDay + 7)).toBe(isoWeekday(epochDay));
      }),
    );
  });
});
