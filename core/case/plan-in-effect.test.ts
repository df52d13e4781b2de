import { describe, expect, it } from 'vitest';
import { planInEffect } from './plan-in-effect';

describe('planInEffect', () => {
  const iep = { framework: 'iep', effectiveFrom: '2025-01-10', effectiveTo: '2026-01-10' } as const;
  const plan504 = { framework: '504', effectiveFrom: '2025-09-01', effectiveTo: null } as const;

  it('counts the start day and not the end day', () => {
    expect(planInEffect([iep], '2025-01-09')).toBeNull();
    expect(planInEffect([iep], '2025-01-10')).toBe('iep');
    expect(planInEffect([iep], '2026-01-09')).toBe('iep');
    expect(planInEffect([iep], '2026-01-10')).toBeNull();
  });

  it('names the IEP when both plans are in effect, and the 504 plan once the IEP ends', () => {
    expect(planInEffect([iep, plan504], '2025-10-01')).toBe('iep');
    expect(planInEffect([iep, plan504], '2026-02-01')).toBe('504');
  });

  it('ignores drafts that have no start date', () => {
    expect(planInEffect([{ framework: 'iep', effectiveFrom: null, effectiveTo: null }], '2025-10-01')).toBeNull();
  });
});
