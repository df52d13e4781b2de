import { describe, expect, it } from 'vitest';
import type { CaseFile } from '../schemas/case-file';
import { computeTimeline } from '../timeline/compute-timeline';
import { nextSteps } from './next-steps';

// Fictional case: an IEP in effect, and the services ledger's minutes owed (core/ledger) passed in.
const caseFile: CaseFile = {
  jurisdiction: 'US',
  events: [{ type: 'plan-started', date: '2026-09-09', framework: 'iep' }],
};

function steps(servicesOwed: Parameters<typeof nextSteps>[0]['servicesOwed']) {
  return nextSteps({
    caseFile,
    timeline: computeTimeline(caseFile, '2026-12-31'),
    planInEffect: 'iep',
    hasGuideAnswers: true,
    ...(servicesOwed === undefined ? {} : { servicesOwed }),
  });
}

describe('next steps for minutes owed', () => {
  it('lists a service with minutes owed, cited, linking to the minutes owed; more than a period owed is overdue', () => {
    const list = steps([
      { serviceId: 'speech', service: 'Speech therapy', owedMinutes: 36, exceedsOnePeriod: false },
      { serviceId: 'ot', service: 'Occupational therapy', owedMinutes: 120, exceedsOnePeriod: true },
      { serviceId: 'pt', service: 'Physical therapy', owedMinutes: 0, exceedsOnePeriod: false },
    ]);
    const owed = list.filter((step) => step.id.startsWith('services-owed@'));
    expect(owed.map((step) => [step.id, step.urgency, step.title.en])).toEqual([
      ['services-owed@ot', 'overdue', 'Occupational therapy: 120 minutes owed'],
      ['services-owed@speech', 'now', 'Speech therapy: 36 minutes owed'],
    ]);
    expect(owed[1]).toMatchObject({
      who: 'owed',
      title: { es: 'Speech therapy: se deben 36 minutos' },
      rule: { citation: '34 CFR 300.323(c)(2)', status: 'confirmed' },
      actions: [{ kind: 'review-services' }, { kind: 'write-letter', letter: 'compensatory-services' }],
    });
  });

  it('lists nothing about services when nothing is owed or the ledger is not given', () => {
    expect(steps(undefined).some((step) => step.id.startsWith('services-owed@'))).toBe(false);
    expect(steps([]).some((step) => step.id.startsWith('services-owed@'))).toBe(false);
  });
});
