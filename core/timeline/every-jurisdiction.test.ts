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

  // The states whose answer to a request or referral has a number in the research (law audit and
  // the remaining-states notes): a parent's written request alone must date that clock.
  const REQUEST_CLOCK_STATES = 'AR CA DC FL IL ME MI MO MS NH NJ OH TX VT WV'.split(' ');
  it.each(REQUEST_CLOCK_STATES)('%s dates its answer to a written request', (code) => {
    const result = computeTimeline(
      {
        jurisdiction: code,
        calendar: DISTRICT_CALENDAR,
        events: [{ type: 'evaluation-requested', date: '2025-09-02' }],
      },
      '2025-09-03',
    );
    const fromRequest = result.deadlines.filter(
      (deadline) =>
        deadline.trigger.type === 'evaluation-requested' && deadline.rule.startsWith(`${code.toLowerCase()}.`),
    );
    expect(fromRequest.length, code).toBeGreaterThan(0);
    for (const deadline of fromRequest) expect(deadline.due, deadline.rule).toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('still says so when federal rules stand in for a territory', () => {
    const result = computeTimeline(caseFor('PR'), '2025-09-15');
    expect(result.findings.map((finding) => finding.code)).toContain('state-rules-missing');
  });
});
