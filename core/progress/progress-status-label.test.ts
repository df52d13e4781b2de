import { describe, expect, it } from 'vitest';
import { PROGRESS_STATUSES } from '../schemas/progress';
import type { ProgressAnalysis } from '../schemas/progress';
import { FEDERAL_LABELS, LABEL_SET_IDS, LABEL_SETS, STATUS_LABEL_KEYS } from './label-sets';
import { progressStatusLabel } from './progress-status-label';

type Labelled = Parameters<typeof progressStatusLabel>[0];

function analysis(overrides: Partial<Pick<ProgressAnalysis, keyof Labelled>>): Labelled {
  return {
    status: 'on-track',
    regression: false,
    noProgress: false,
    isPastGoalDate: false,
    percentOfGoalMet: 40,
    advice: null,
    ...overrides,
  };
}

describe('progressStatusLabel', () => {
  it('uses the federal plain words by default, in English and Spanish', () => {
    expect(progressStatusLabel(analysis({})).text).toBe('making sufficient progress to meet the goal');
    expect(progressStatusLabel(analysis({ status: 'not-on-track' }), { language: 'es' }).text).toBe(
      'no avanza lo suficiente para alcanzar la meta',
    );
    expect(progressStatusLabel(analysis({ status: 'insufficient-data' })).text).toBe(
      'progress not measurable at this time',
    );
  });

  it('has federal words for every key in both languages', () => {
    for (const key of STATUS_LABEL_KEYS) {
      expect(FEDERAL_LABELS[key].en.length).toBeGreaterThan(0);
      expect(FEDERAL_LABELS[key].es.length).toBeGreaterThan(0);
    }
  });

  it('maps to Connecticut codes, with the finer cases', () => {
    const ct = { labelSet: 'connecticut' } as const;
    expect(progressStatusLabel(analysis({}), ct).text).toBe('Satisfactory Progress');
    expect(progressStatusLabel(analysis({ status: 'unclear' }), ct).text).toBe('Limited/Minimal Progress');
    expect(progressStatusLabel(analysis({ status: 'not-on-track', noProgress: true }), ct).text).toBe(
      'No Progress to Date',
    );
    expect(progressStatusLabel(analysis({ status: 'goal-met' }), { ...ct, language: 'es' }).text).toBe(
      'Dominado (meta u objetivo logrado)',
    );
    expect(progressStatusLabel(analysis({ status: 'unclear', isPastGoalDate: true }), ct).text).toBe('Not Mastered');
    // Connecticut has no code for too little data: the federal words stand in.
    expect(progressStatusLabel(analysis({ status: 'insufficient-data' }), ct).text).toBe(
      'progress not measurable at this time',
    );
  });

  it('maps to California SELPA codes by percent of goal met', () => {
    const ca = { labelSet: 'california-selpa' } as const;
    expect(progressStatusLabel(analysis({ percentOfGoalMet: -5 }), ca)).toMatchObject({
      code: '1',
      text: 'No progress',
    });
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 0.9 }), ca).code).toBe('1');
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 1 }), ca).code).toBe('2');
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 49.99 }), ca).code).toBe('2');
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 50 }), ca).code).toBe('3');
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 99.99 }), ca).code).toBe('3');
    expect(progressStatusLabel(analysis({ percentOfGoalMet: 100 }), { ...ca, language: 'es' })).toMatchObject({
      code: '4',
      text: 'Meta alcanzada o superada',
    });
    expect(progressStatusLabel(analysis({ status: 'not-introduced' }), ca)).toMatchObject({
      code: null,
      text: 'not yet introduced',
    });
    expect(progressStatusLabel(analysis({ status: 'insufficient-data', percentOfGoalMet: null }), ca).code).toBeNull();
  });

  it('never puts "could be raised" beside a status that says the goal is not met or not on track', () => {
    for (const overrides of [
      { status: 'not-on-track', advice: 'raise-goal' },
      { status: 'on-track', advice: 'raise-goal', isPastGoalDate: true },
      { status: 'goal-met', advice: 'raise-goal', isPastGoalDate: true },
    ] as const) {
      expect(progressStatusLabel(analysis(overrides)).advice).toBeNull();
    }
  });

  it('shows the raise-goal advice beside the status', () => {
    expect(progressStatusLabel(analysis({ advice: 'raise-goal' })).advice).toBe(
      'the data suggest the goal could be raised',
    );
    expect(progressStatusLabel(analysis({})).advice).toBeNull();
  });

  it('gives every set a label for every status in both languages', () => {
    for (const id of LABEL_SET_IDS) {
      expect(LABEL_SETS[id].id).toBe(id);
      for (const status of PROGRESS_STATUSES) {
        for (const language of ['en', 'es'] as const) {
          expect(progressStatusLabel(analysis({ status }), { labelSet: id, language }).text.length).toBeGreaterThan(0);
        }
      }
    }
  });
});
