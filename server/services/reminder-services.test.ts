import { describe, expect, it } from 'vitest';
import { mondayOf, reminderKindFor, unsubscribeToken, userOfUnsubscribeToken } from './reminder-services';

describe('reminder timing', () => {
  it('reminds a week before (catching up to 2 days out), the day before, and up to a week after an unmet date', () => {
    const due = '2027-01-15';
    const kinds = [-9, -8, -7, -6, -2, -1, 0, 1, 7, 8].map((days) => {
      const today = new Date(Date.parse(`${due}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
      return [days, reminderKindFor(today, due)];
    });
    expect(kinds).toEqual([
      [-9, null],
      [-8, null],
      [-7, 'week-before'],
      [-6, 'week-before'],
      [-2, 'week-before'],
      [-1, 'day-before'],
      [0, 'day-before'],
      [1, 'passed'],
      [7, 'passed'],
      [8, null],
    ]);
  });

  it('finds the Monday of a week across a year end', () => {
    expect(mondayOf('2027-01-01')).toBe('2026-12-28');
    expect(mondayOf('2026-12-28')).toBe('2026-12-28');
    expect(mondayOf('2026-12-27')).toBe('2026-12-21');
  });
});

describe('unsubscribe tokens', () => {
  const secret = 'a-secret-only-for-this-test-0123456789abcdef';
  it('name their account and cannot be made for another one without the secret', () => {
    const token = unsubscribeToken(secret, 'user-1');
    expect(userOfUnsubscribeToken(secret, token)).toBe('user-1');
    expect(userOfUnsubscribeToken(secret, token.replace('user-1', 'user-2'))).toBeNull();
    expect(userOfUnsubscribeToken('another-secret-0123456789abcdef0123', token)).toBeNull();
    expect(userOfUnsubscribeToken(secret, 'no-dot')).toBeNull();
  });
});
