import { describe, expect, it } from 'vitest';
import { hasCitation } from '../law/rule-registry';
import { DEADLINE_KINDS } from '../law/deadline-kinds';
import { COMPLIANCE_MEASURES, complianceRate } from './compliance-measures';

describe('compliance measures', () => {
  it('count only what came due: late and overdue both miss the timeline', () => {
    expect(complianceRate({ met: 3, late: 1, overdue: 0 })).toBe(0.75);
    expect(complianceRate({ met: 1, late: 1, overdue: 2 })).toBe(0.25);
    expect(complianceRate({ met: 0, late: 0, overdue: 0 })).toBeNull();
  });

  it('are built on deadline kinds the engine produces, with citations in the rules data', () => {
    for (const measure of COMPLIANCE_MEASURES) {
      expect(DEADLINE_KINDS as readonly string[]).toContain(measure.deadlineKind);
      expect(hasCitation(measure.citation)).toBe(true);
    }
  });
});
