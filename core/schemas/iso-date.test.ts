import { describe, expect, it } from 'vitest';
import { isIsoDate } from './iso-date';

/** The definition isIsoDate had as a regular expression: the character-level check must agree with it everywhere. */
function byRegExp(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (match === null) return false;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1) return false;
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const lengths = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];
  return day <= (lengths[month - 1] ?? 0);
}

describe('isIsoDate', () => {
  it('accepts real dates and refuses impossible ones', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    expect(isIsoDate('2000-02-29')).toBe(true);
    expect(isIsoDate('1900-02-29')).toBe(false);
    expect(isIsoDate('2025-02-29')).toBe(false);
    expect(isIsoDate('2025-04-31')).toBe(false);
    expect(isIsoDate('2025-12-31')).toBe(true);
    expect(isIsoDate('0000-01-01')).toBe(true);
  });

  it('agrees with the regular-expression definition on every day and month number of several years', () => {
    for (const year of ['0000', '1900', '1999', '2000', '2023', '2024', '2100', '9999']) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const value = `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          expect(isIsoDate(value), value).toBe(byRegExp(value));
        }
      }
    }
  });

  it('agrees with it on malformed strings', () => {
    const samples = [
      '',
      '2025-9-01',
      '2025-09-1',
      '2025/09/01',
      '2025-09-01 ',
      ' 2025-09-01',
      '2025-09-01\n',
      '20250-09-01',
      '2025-09-0a',
      '2025-0٩-01',
      '２０２５-09-01',
      '2025-09-01T00:00',
      '+025-09-01',
      '-025-09-01',
      '2025--9-01',
      '3/4/2026',
    ];
    for (const value of samples) expect(isIsoDate(value), JSON.stringify(value)).toBe(byRegExp(value));
  });
});
