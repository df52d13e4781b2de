import { describe, expect, it } from 'vitest';
import { iepGoalSchema } from '../schemas/iep';
import { describeGoalDataProblems, goalProgressInput } from './goal-progress-input';

const goal = iepGoalSchema.parse({
  id: 'goal-reading',
  statement: 'By 25 May 2026, Sam will read 60 words correct per minute.',
  direction: 'increase',
  unit: ' words correct per minute ',
  baseline: { value: 20, date: '2026-01-05' },
  target: { value: 60, date: '2026-05-25' },
});

describe('goalProgressInput', () => {
  it('builds the analysis input from the IEP goal and its stored data', () => {
    const result = goalProgressInput(goal, {
      points: [{ date: '2026-01-12', value: 22, note: 'first probe' }],
      phaseChanges: ['2026-02-02'],
    });
    expect(result).toEqual({
      ok: true,
      input: {
        direction: 'increase',
        baseline: { value: 20, date: '2026-01-05' },
        goal: { value: 60, date: '2026-05-25' },
        points: [{ date: '2026-01-12', value: 22, note: 'first probe' }],
        phaseChanges: ['2026-02-02'],
        introduced: true,
        unit: 'words correct per minute',
      },
    });
  });

  it('names every missing number by the IEP goal’s own fields', () => {
    const bare = iepGoalSchema.parse({ id: 'goal-math', statement: 'Sam will solve word problems.' });
    const result = goalProgressInput(bare, { points: [], phaseChanges: [] });
    if (result.ok) throw new Error('expected a failure');
    expect(result.issues.map((i) => i.field)).toEqual([
      'baseline.value',
      'baseline.date',
      'target.value',
      'target.date',
    ]);
    expect(result.message).toBe(
      'The IEP goal has no baseline value (the score the child started from), no baseline date, no target value (the score the goal aims for) and no target date; add them to the goal in the IEP to follow its progress.',
    );
  });

  it('refuses a target before the baseline or on the wrong side of it, in English and Spanish', () => {
    const backwards = { ...goal, target: { value: 10, date: '2026-01-01' } };
    const result = goalProgressInput(backwards, { points: [], phaseChanges: [] });
    if (result.ok) throw new Error('expected a failure');
    expect(result.problems).toEqual(['target-date-not-after-baseline', 'target-behind-baseline']);
    expect(result.issues.map((i) => i.field)).toEqual(['target.date', 'target.value']);
    expect(describeGoalDataProblems(result.problems, 'es')).toMatch(
      /^La meta del IEP tiene una fecha meta .*corrija la meta/,
    );
  });
});
