import { describe, expect, it } from 'vitest';

// Guards the time-zone projects in vitest.config.ts: if TZ stopped taking effect, the core suite would
// silently run three times in one zone and prove nothing about zone independence.
const expectedOffsetMinutes: Record<string, number> = {
  UTC: 0,
  'America/Los_Angeles': 480, // January: Pacific Standard Time, UTC−8
  'Pacific/Kiritimati': -840, // UTC+14 all year
};

describe('the time zone of this test run', () => {
  it('is the one the project asked for', () => {
    const zone = process.env.TZ ?? '';
    expect(Object.keys(expectedOffsetMinutes)).toContain(zone);
    expect(new Date(Date.UTC(2026, 0, 15)).getTimezoneOffset()).toBe(expectedOffsetMinutes[zone]);
  });
});
