import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, civilFromDays, daysBetween, daysFromCivil } from './days-between';

describe('date-only arithmetic', () => {
  it('counts days across months, leap days and years', () => {
    expect(daysFromCivil('1970-01-01')).toBe(0);
    expect(daysBetween('2026-01-05', '2026-05-25')).toBe(140);
    expect(daysBetween('2026-01-05', '2026-06-01')).toBe(147);
    expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
    expect(daysBetween('2100-02-28', '2100-03-01')).toBe(1);
    expect(daysBetween('2026-03-10', '2026-03-01')).toBe(-9);
    expect(addDays('2026-12-31', 1)).toBe('2027-01-01');
    expect(addDays('2024-03-01', -1)).toBe('2024-02-29');
  });

  it('agrees with UTC calendar arithmetic and round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -200000, max: 200000 }), (days) => {
        const iso = civilFromDays(days);
        expect(iso).toBe(new Date(days * 86400000).toISOString().slice(0, 10));
        expect(daysFromCivil(iso)).toBe(days);
      }),
    );
  });
});
