import { describe, expect, it } from 'vitest';
import { STATE_AND_DC_CODES } from '../law/jurisdiction-names';
import { computeTimeline } from './compute-timeline';
import { DISTRICT_CALENDAR } from './fixtures/timeline-fixture';

// A written request on Tue 2 Sep 2025 and consent on Wed 10 Sep 2025, on a calendar so that the
// school-day clocks can be counted: every state and DC must date the initial evaluation under its
// own rule, with a citation, and never fall back to the federal rules.
const caseFor = (jurisdiction: string) => ({
  jurisdiction,
  student: { birthDate: '2015-05-20' },
  calendar: DISTRICT_CALENDAR,
  events: [
    { type: 'evaluation-requested' as const, date: '2025-09-02' },
    { type: 'evaluation-consent-received' as const, date: '2025-09-10' },
  ],
});

describe('every state and the District of Columbia', () => {
  it('are 51 jurisdictions', () => {
    expect(STATE_AND_DC_CODES).toHaveLength(51);
    expect(STATE_AND_DC_CODES).toEqual(expect.arrayContaining(['DC', 'DE', 'HI', 'WY']));
  });

  it.each(STATE_AND_DC_CODES)('%s dates the initial evaluation under its own cited rule', (code) => {
    const result = computeTimeline(caseFor(code), '2025-09-15');
    const evaluation = result.deadlines.filter((deadline) => deadline.kind === 'initial-evaluation');
    expect(evaluation).toHaveLength(1);
    const [deadline] = evaluation;
    expect(deadline?.rule).toBe(`${code.toLowerCase()}.initial-evaluation`);
    expect(deadline?.due).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(deadline?.due !== null && deadline !== undefined && deadline.due > '2025-09-10').toBe(true);
    expect(deadline?.citation).not.toBe('');
    expect(deadline?.citation).not.toMatch(/^34 CFR/);
    expect(result.findings.map((finding) => finding.code)).not.toContain('state-rules-missing');
  });

  it('still says so when federal rules stand in for a territory', () => {
    const result = computeTimeline(caseFor('PR'), '2025-09-15');
    expect(result.findings.map((finding) => finding.code)).toContain('state-rules-missing');
  });
});
