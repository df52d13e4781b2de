import { describe, expect, it } from 'vitest';
import { finalVersionOn } from './final-version-on';

const versions = [
  { number: 1, status: 'final', effectiveFrom: '2025-11-19' },
  { number: 2, status: 'final', effectiveFrom: '2026-03-02' },
  { number: 3, status: 'draft', effectiveFrom: null },
] as const;

describe('finalVersionOn', () => {
  it('answers the final version in effect on the day, never a draft', () => {
    expect(finalVersionOn(versions, '2026-01-15')?.number).toBe(1);
    expect(finalVersionOn(versions, '2026-03-02')?.number).toBe(2);
    expect(finalVersionOn(versions, '2027-01-01')?.number).toBe(2);
  });

  it('answers the latest final version for a day before the plan, and null without one', () => {
    expect(finalVersionOn(versions, '2025-01-01')?.number).toBe(2);
    expect(finalVersionOn([{ number: 1, status: 'draft', effectiveFrom: null }], '2026-01-01')).toBeNull();
  });
});
