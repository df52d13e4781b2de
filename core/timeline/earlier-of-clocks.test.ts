import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../schemas/case-file';
import { computeTimeline } from './compute-timeline';
import { DISTRICT_CALENDAR } from './fixtures/timeline-fixture';

// Delaware's "45 school days or 90 calendar days, whichever is less" and its "14 or entering grade 8":
// the edges the hand-checked fixtures do not reach, and what the family is told.

const delaware = (events: CaseFile['events'], calendar: CaseFile['calendar'] = DISTRICT_CALENDAR): CaseFile => ({
  jurisdiction: 'DE',
  calendar,
  events,
});

function evaluationOf(caseFile: CaseFile, asOf: string) {
  return computeTimeline(caseFile, asOf).deadlines.find((deadline) => deadline.rule === 'de.initial-evaluation');
}

describe('the earlier of two clocks', () => {
  it('says which clock decided: the school days, or the calendar days', () => {
    const schoolDays = evaluationOf(
      delaware([{ type: 'evaluation-consent-received', date: '2025-09-10' }]),
      '2025-10-01',
    );
    expect(schoolDays?.due).toBe('2025-11-12');
    expect(schoolDays?.explanation.en).toBe(
      '45 school days after the school received your consent on 10 September 2025, or 90 calendar days, whichever ends first — 14 Del. Admin. Code 925-2.3.',
    );
    const calendarDays = evaluationOf(
      delaware([{ type: 'evaluation-consent-received', date: '2026-04-20' }]),
      '2026-05-01',
    );
    expect(calendarDays?.due).toBe('2026-07-19');
    expect(calendarDays?.explanation.en).toContain('whichever ends first: here the 90 calendar days');
    expect(calendarDays?.explanation.es).toContain('lo que termine antes: aquí los 90 días calendario');
  });

  it('dates the calendar-day clock when the school calendar ends before the school days do', () => {
    // One term only (ends 5 Jun 2026): 45 school days from 20 Apr 2026 cannot be counted, but the
    // 90th calendar day (19 Jul 2026) falls after the term too, so neither is known …
    const oneTerm = { terms: [{ start: '2025-08-25', end: '2026-06-05' }] };
    const unknown = evaluationOf(
      delaware([{ type: 'evaluation-consent-received', date: '2026-04-20' }], oneTerm),
      '2026-05-01',
    );
    expect(unknown).toMatchObject({ due: null, status: 'unknown' });
    // … while from 2 Mar 2026 the 90th calendar day (31 May 2026) is inside the term, and the 45th
    // school day (after 5 Jun, when the term has run out of school days) can only be later.
    const longTerm = {
      terms: [{ start: '2025-08-25', end: '2026-06-05' }],
      closed: [{ start: '2026-03-09', end: '2026-05-29' }],
    };
    const known = evaluationOf(
      delaware([{ type: 'evaluation-consent-received', date: '2026-03-02' }], longTerm),
      '2026-03-03',
    );
    expect(known?.due).toBe('2026-05-31');
    expect(known?.explanation.en).toContain('here the 90 calendar days');
  });

  it('needs a calendar: without one neither date is given', () => {
    const none = evaluationOf(
      { jurisdiction: 'DE', events: [{ type: 'evaluation-consent-received', date: '2025-09-10' }] },
      '2025-10-01',
    );
    expect(none).toMatchObject({ due: null, status: 'unknown' });
  });
});

describe('an age or the start of a grade, whichever is first', () => {
  it('tells the family the grade decided, and when the date was projected', () => {
    const result = computeTimeline(
      {
        jurisdiction: 'DE',
        student: { birthDate: '2011-04-02', gradeStarts: [{ grade: 6, date: '2022-08-29' }] },
        events: [{ type: 'plan-started', date: '2017-09-01', framework: 'iep' }],
      },
      '2025-12-01',
    );
    const transition = result.deadlines.find((deadline) => deadline.rule === 'de.transition-plan');
    expect(transition?.due).toBe('2024-08-29');
    expect(transition?.explanation.en).toBe(
      'The day your child starts grade 8 (29 August 2024, projected from the grade dates on file), which comes before turning 14 — 14 Del. Admin. Code 925-20.2.',
    );
    expect(transition?.explanation.es).toContain('8.º grado');
  });
});
