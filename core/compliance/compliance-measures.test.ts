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

  it('count a request unanswered past its answer clock as not on time: never 100% while one waits', () => {
    expect(complianceRate({ met: 4, late: 0, overdue: 0, unanswered: 1 })).toBe(0.8);
    expect(complianceRate({ met: 0, late: 0, overdue: 0, unanswered: 2 })).toBe(0);
  });

  it('are built on deadline kinds the engine produces, with citations in the rules data', () => {
    for (const measure of COMPLIANCE_MEASURES) {
      expect(DEADLINE_KINDS as readonly string[]).toContain(measure.deadlineKind);
      for (const kind of measure.unansweredKinds) expect(DEADLINE_KINDS as readonly string[]).toContain(kind);
      expect(hasCitation(measure.citation)).toBe(true);
    }
  });
});
