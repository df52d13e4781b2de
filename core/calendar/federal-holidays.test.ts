import { describe, expect, it } from 'vitest';
import { addBusinessDays } from './add-business-days';
import { federalHolidays } from './federal-holidays';

describe('federal holidays', () => {
  it('2025 on observed dates', () => {
    expect(federalHolidays(2025)).toEqual([
      '2025-01-01',
      '2025-01-20',
      '2025-02-17',
      '2025-05-26',
      '2025-06-19',
      '2025-07-04',
      '2025-09-01',
      '2025-10-13',
      '2025-11-11',
      '2025-11-27',
      '2025-12-25',
    ]);
  });

  it('moves Saturday holidays to Friday and Sunday holidays to Monday', () => {
    const y2026 = federalHolidays(2026);
    expect(y2026).toContain('2026-07-03'); // 4 July 2026 is a Saturday
    const y2022 = federalHolidays(2022);
    expect(y2022).toContain('2021-12-31'); // 1 Jan 2022 (Saturday) observed the Friday before
    expect(y2022).toContain('2022-06-20'); // 19 Jun 2022 (Sunday)
    expect(y2022).toContain('2022-12-26'); // 25 Dec 2022 (Sunday)
    expect(federalHolidays(2020)).not.toContain('2020-06-19'); // Juneteenth from 2021
  });
});

describe('addBusinessDays', () => {
  it('skips weekends and federal holidays by default', () => {
    // Fri 10 Oct 2025 + 1: Mon 13 Oct is Columbus Day → Tue 14 Oct.
    expect(addBusinessDays('2025-10-10', 1)).toBe('2025-10-14');
    expect(addBusinessDays('2025-09-02', 65)).toBe('2025-12-05');
  });

  it('uses the given list instead of the federal one', () => {
    expect(addBusinessDays('2025-10-10', 1, [])).toBe('2025-10-13');
    expect(addBusinessDays('2025-12-24', 1, ['2025-12-25'])).toBe('2025-12-26');
  });
});
