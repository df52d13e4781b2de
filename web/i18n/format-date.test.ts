import { describe, expect, it } from 'vitest';
import { formatDate } from './format-date';
import { formatDateTime } from './format-date-time';
import { formatTime } from './format-time';
import { LANGUAGES } from './languages';

describe('dates for people in each language', () => {
  it.each([
    ['en', '14 March 2014'],
    ['es', '14 de marzo de 2014'],
    ['vi', '14 tháng 3, 2014'],
    ['zh-Hans', '2014年3月14日'],
    ['ar', '14 مارس 2014'],
  ] as const)('%s: %s', (language, written) => {
    expect(formatDate('2014-03-14', language)).toBe(written);
  });

  it('keep a date-only day whatever the time zone, and leave a malformed one as it is', () => {
    expect(formatDate('2026-01-01', 'ar')).toContain('2026');
    expect(formatDate('not a date', 'vi')).toBe('not a date');
  });

  it('write every number with Western digits, in Arabic too (0049)', () => {
    const instant = new Date(Date.UTC(2026, 10, 28, 10, 42));
    for (const language of LANGUAGES) {
      for (const written of [
        formatDate('2026-11-28', language),
        formatDateTime(instant, language),
        formatTime(instant, language),
      ]) {
        expect(written, `${language}: ${written}`).toMatch(/\d/);
        expect(written, `${language}: ${written}`).not.toMatch(/[\u0660-\u0669\u06f0-\u06f9]/);
      }
    }
  });

  it('fall back to English for a language Binder does not have', () => {
    expect(formatDate('2014-03-14', 'fr')).toBe('14 March 2014');
  });
});
