import { describe, expect, it } from 'vitest';
import { iepContentSchema, type IepContent } from '../schemas/iep';
import { plan504ContentSchema } from '../schemas/plan-504';
import { compare504Plans, compareIeps } from './compare-plans';

/** An IEP for a fictional student, with every field defaulted and the overrides given. */
function iep(overrides: Partial<Record<keyof IepContent, unknown>> = {}): IepContent {
  return iepContentSchema.parse(overrides);
}

const reading = {
  id: 'g1',
  area: 'Reading fluency',
  statement: 'By May 2027, given a grade-level passage, Ana will read 90 words correct per minute.',
  unit: 'words correct per minute',
  baseline: { value: 52, date: '2026-09-10' },
  target: { value: 90, date: '2027-05-28' },
};
const speech = {
  id: 's1',
  kind: 'related',
  name: 'Speech-language therapy',
  minutesPerSession: 30,
  sessionsPerPeriod: 2,
  period: 'week',
  location: 'Speech room',
  providerRole: 'Speech-language pathologist',
};

describe('compareIeps', () => {
  it('finds nothing between identical versions', () => {
    expect(
      compareIeps(iep({ goals: [reading], services: [speech] }), iep({ goals: [reading], services: [speech] })),
    ).toEqual([]);
  });

  it('says speech minutes were cut, in every language', () => {
    const changes = compareIeps(iep({ services: [speech] }), iep({ services: [{ ...speech, sessionsPerPeriod: 1 }] }));
    expect(changes).toEqual([
      {
        section: 'services',
        effect: 'reduced',
        message: {
          en: 'Speech-language therapy: time cut from 60 minutes a week (2 × 30) to 30 minutes a week (1 × 30)',
          es: 'Speech-language therapy: el tiempo se redujo de 60 minutos por semana (2 × 30) a 30 minutos por semana (1 × 30)',
          vi: 'Speech-language therapy: thời gian bị cắt giảm từ 60 phút mỗi tuần (2 × 30) thành 30 phút mỗi tuần (1 × 30)',
          'zh-Hans': 'Speech-language therapy：时间从每周 60 分钟（2 × 30）减少为每周 30 分钟（1 × 30）',
          ar: 'Speech-language therapy: خُفّض الوقت من 60 دقيقة في الأسبوع (2 × 30) إلى 30 دقيقة في الأسبوع (1 × 30)',
        },
      },
    ]);
  });

  it('compares minutes across a change of period (weekly to monthly is a cut)', () => {
    const monthly = { ...speech, sessionsPerPeriod: 4, period: 'month' };
    const [change] = compareIeps(iep({ services: [speech] }), iep({ services: [monthly] }));
    expect(change?.effect).toBe('reduced');
    expect(change?.message.en).toContain('to 120 minutes a month (4 × 30)');
  });

  it('says a goal target was lowered, and treats a lower target on a decrease goal as asking more', () => {
    const lowered = compareIeps(
      iep({ goals: [reading] }),
      iep({ goals: [{ ...reading, target: { value: 70, date: '2027-05-28' } }] }),
    );
    expect(lowered.map((c) => [c.effect, c.message.en])).toEqual([
      ['reduced', 'Goal “Reading fluency”: target lowered from 90 to 70 words correct per minute'],
    ]);
    const incidents = {
      ...reading,
      id: 'g2',
      area: 'Outbursts',
      direction: 'decrease',
      unit: 'incidents a day',
      target: { value: 2, date: null },
    };
    const stricter = compareIeps(
      iep({ goals: [incidents] }),
      iep({ goals: [{ ...incidents, target: { value: 1, date: null } }] }),
    );
    expect(stricter[0]?.effect).toBe('increased');
  });

  it('lists added and removed goals, services and accommodations, cuts and removals first', () => {
    const before = iep({ goals: [reading], accommodations: ['Extended time (1.5×) on tests'] });
    const after = iep({ services: [speech], accommodations: ['Preferential seating'] });
    const changes = compareIeps(before, after);
    expect(changes.map((c) => c.effect)).toEqual(['removed', 'removed', 'added', 'added']);
    expect(changes.map((c) => c.message.en)).toEqual([
      'Goal removed: “Reading fluency”',
      'Accommodation removed: “Extended time (1.5×) on tests”',
      'Service added: Speech-language therapy, 60 minutes a week (2 × 30)',
      'Accommodation added: “Preferential seating”',
    ]);
  });

  it('notices less time in the general classroom and a dropped transition plan', () => {
    const before = iep({ leastRestrictiveEnvironment: { percentInGeneralClass: 80, explanation: '' }, transition: {} });
    const after = iep({ leastRestrictiveEnvironment: { percentInGeneralClass: 60, explanation: '' } });
    expect(compareIeps(before, after).map((c) => c.message.en)).toEqual([
      'Transition plan removed',
      'Time in the general classroom changed from 80% to 60%',
    ]);
  });
});

describe('compare504Plans', () => {
  it('lists a removed accommodation and a changed review date', () => {
    const before = plan504ContentSchema.parse({
      impairment: 'Type 1 diabetes',
      accommodations: [
        { id: 'a1', category: 'health', description: 'Blood glucose checks in class', responsible: 'School nurse' },
        { id: 'a2', category: 'timing-scheduling', description: 'Breaks for snacks', responsible: 'Classroom teacher' },
      ],
      reviewDate: '2026-10-01',
    });
    const after = { ...before, accommodations: before.accommodations.slice(0, 1), reviewDate: '2027-10-01' };
    expect(compare504Plans(before, after).map((c) => [c.effect, c.message.en])).toEqual([
      ['removed', 'Accommodation removed: Breaks for snacks (timing and scheduling)'],
      ['changed', 'Review date changed from 1 October 2026 to 1 October 2027'],
    ]);
  });
});
