import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../schemas/iso-date';
import { LANGUAGES } from '../progress/format-words';
import { formatLongDate, formatShortDate } from './format-long-date';

const MONTHS_EN = 'January February March April May June July August September October November December'.split(' ');

describe('formatLongDate', () => {
  it('writes dates out in English and Spanish', () => {
    expect(formatLongDate('2025-09-10', 'en')).toBe('10 September 2025');
    expect(formatLongDate('2025-09-10', 'es')).toBe('10 de septiembre de 2025');
    expect(formatLongDate('2024-02-29', 'en')).toBe('29 February 2024');
    expect(formatLongDate('2026-01-01', 'es')).toBe('1 de enero de 2026');
    expect(formatLongDate('1999-12-31', 'es')).toBe('31 de diciembre de 1999');
  });

  it('writes dates out in Vietnamese, Chinese and Arabic, with Western digits', () => {
    expect(formatLongDate('2025-09-10', 'vi')).toBe('10 tháng 9 năm 2025');
    expect(formatLongDate('2025-09-10', 'zh-Hans')).toBe('2025年9月10日');
    expect(formatLongDate('2025-09-10', 'ar')).toBe('10 سبتمبر 2025');
    expect(formatLongDate('2026-01-01', 'ar')).toBe('1 يناير 2026');
    expect(formatShortDate('2025-05-25', 'vi')).toBe('25 thg 5');
    expect(formatShortDate('2025-05-25', 'zh-Hans')).toBe('5月25日');
    expect(formatShortDate('2025-05-25', 'ar')).toBe('25 مايو');
    expect(formatShortDate('2025-05-25', 'es')).toBe('25 may');
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
        expect(formatLongDate(date, 'zh-Hans')).toBe(`${String(y)}年${String(m)}月${String(d)}日`);
        expect(formatLongDate(date, 'vi')).toBe(`${String(d)} tháng ${String(m)} năm ${String(y)}`);
        for (const language of LANGUAGES) {
          const text = formatLongDate(date, language);
          // Every language keeps the day and the year in Western digits.
          expect(text).toContain(String(y));
          expect(text).not.toMatch(/[\u0660-\u0669\u06F0-\u06F9]/);
        }
      }),
    );
  });
});
