import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../schemas/iso-date';
import { formatLongDate } from './format-long-date';

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');

describe('formatLongDate', () => {
  it('writes dates out in English and Spanish', () => {
    expect(formatLongDate('2025-09-10', 'en')).toBe('10 September 2025');
    expect(formatLongDate('2025-09-10', 'es')).toBe('10 de septiembre de 2025');
    expect(formatLongDate('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatLongDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(formatLongDate('1999-12-31', 'es')).toBe('31 de diciembre de 1999');
  });

  it('rejects what is not YYYY-MM-DD', () => {
    expect(() => formatLongDate('9/10/2025', 'en')).toThrow('expected YYYY-MM-DD');
    expect(() => formatLongDate('2025-13-01', 'en')).toThrow('expected YYYY-MM-DD');
  });

  it('keeps the day, month and year of any date, whatever the time zone', () => {
    const iso = fc
      .tuple(fc.integer({ min: 1900, max: 2100 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1, max: 31 }))
      .map(([y, m, d]) => `${String(y)}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`)
      .filter(isIsoDate);
    fc.assert(
      fc.property(iso, (date) => {
        const [y, m, d] = date.split('-').map(Number);
        const en = formatLongDate(date, 'en');
        const es = formatLongDate(date, 'es');
        expect(en).toMatch(/^\d{1,2} [A-Z][a-z]+ \d{4}$/);
        expect(es).toMatch(/^\d{1,2} de [a-z]+ de \d{4}$/);
        expect(en.startsWith(`${String(d)} `)).toBe(true);
        expect(es.endsWith(` ${String(y)}`)).toBe(true);
        expect(MONTHS_EN.indexOf(en.split(' ')[1] ?? '') + 1).toBe(m);
      }),
    );
  });
});
