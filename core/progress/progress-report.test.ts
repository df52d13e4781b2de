import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/add-days';
import { iepGoalSchema } from '../schemas/iep';
import { progressReport, type ProgressReportInput } from './progress-report';

const reading = iepGoalSchema.parse({
  id: 'goal-reading',
  area: 'Reading fluency',
  statement: 'By 25 May 2026, Sam will read 60 words correct per minute.',
  unit: 'words correct per minute',
  baseline: { value: 20, date: '2026-01-05' },
  target: { value: 60, date: '2026-05-25' },
  measurementMethod: 'Weekly one-minute probes',
});
const unfinished = iepGoalSchema.parse({ id: 'goal-math', statement: 'Sam will solve word problems.' });
const SPEC_VALUES = [20, 24, 22, 27, 25, 29, 31, 28, 33];

function input(overrides: Partial<ProgressReportInput> = {}): ProgressReportInput {
  return {
    student: { givenName: 'Sam', familyName: 'Delgado', school: null, grade: '3' },
    plan: { versionNumber: 2, effectiveFrom: '2026-01-05' },
    period: { from: '2026-02-01', to: '2026-03-09' },
    language: 'en',
    labelSet: 'federal',
    goals: [
      {
        goal: reading,
        points: SPEC_VALUES.map((value, i) => ({
          date: addDays('2026-01-05', 7 * (i + 1)),
          value,
          ...(i === 7 ? { note: 'Field trip day' } : {}),
        })),
        phaseChanges: [{ date: '2026-02-16', label: 'Added a second session' }],
      },
      { goal: unfinished, points: [], phaseChanges: [] },
    ],
    ...overrides,
  };
}

describe('progressReport', () => {
  it('judges each goal as of the end of the period and lists only the period’s scores and comments', () => {
    const [withPhase] = input().goals;
    if (withPhase === undefined) throw new Error('expected the reading goal');
    const report = progressReport(input({ goals: [{ ...withPhase, phaseChanges: [] }] }));
    expect(report.title).toBe('Progress report: Sam Delgado (1 February 2026 to 9 March 2026)');
    expect(report.facts).toContainEqual({ label: 'Plan', value: 'IEP, version 2, in effect from 5 January 2026' });
    const goal = report.goals[0];
    if (goal === undefined) throw new Error('expected one goal');
    expect(goal.heading).toBe('Goal 1: Reading fluency');
    expect(goal.judgement).toMatchObject({
      status: 'not-on-track',
      statusHeading: 'Status on 9 March 2026',
      statusText: 'not making sufficient progress to meet the goal',
      rules: 'Decision rules: four-point rule, change instruction; trend rule, change instruction.',
    });
    expect(goal.judgement?.numbers).toContain(
      'Trend: 1.4 per week (95% interval 0.83 to 1.97); the goal line needs 2 per week.',
    );
    expect(goal.table.headers).toEqual(['Date', 'Score (words correct per minute)', 'Goal line', 'Measured by']);
    expect(goal.table.rows.map((r) => r[0])).toEqual([
      '2 February 2026',
      '9 February 2026',
      '16 February 2026',
      '23 February 2026',
      '2 March 2026',
      '9 March 2026',
    ]);
    expect(goal.table.rows[0]).toEqual(['2 February 2026', '27', '28', '']);
    expect(goal.comments).toEqual(['2 March 2026: Field trip day']);
  });

  it('writes the projection in the past tense once the period ends after the goal date', () => {
    const [reading] = input().goals;
    if (reading === undefined) throw new Error('expected the reading goal');
    const goals = [{ ...reading, phaseChanges: [] }];
    const before = progressReport(input({ goals })).goals[0]?.judgement?.numbers ?? [];
    const after = progressReport(input({ goals, period: { from: '2026-05-01', to: '2026-06-15' } })).goals[0]?.judgement
      ?.numbers;
    expect(before.find((line) => line.startsWith('At this rate the score would be'))).toContain('25 May 2026');
    expect(after?.some((line) => line.includes('would be'))).toBe(false);
    expect(after?.find((line) => line.startsWith('The goal was due on 25 May 2026; the trend stood at'))).toBeDefined();
    const spanish = progressReport(input({ goals, language: 'es', period: { from: null, to: '2026-06-15' } }));
    expect(
      spanish.goals[0]?.judgement?.numbers.some((line) => line.startsWith('La meta vencía el 25 de mayo de 2026')),
    ).toBe(true);
  });

  it('lists the period’s changes in instruction, counts only later scores, and says what an unfinished goal lacks', () => {
    const report = progressReport(input());
    expect(report.goals[0]?.comments).toEqual([
      '16 February 2026: change in instruction: Added a second session',
      '2 March 2026: Field trip day',
    ]);
    expect(report.goals[0]?.judgement?.numbers).toContain(
      'Scores used for the trend: 3, those after the change in instruction on 16 February 2026.',
    );
    expect(report.goals[1]).toMatchObject({ judgement: null, table: { rows: [] } });
    expect(report.goals[1]?.problem).toMatch(/^The IEP goal has no baseline value/);
  });

  it('speaks Spanish and uses a state’s labels with their codes', () => {
    const report = progressReport(
      input({ language: 'es', labelSet: 'california-selpa', period: { from: null, to: '2026-03-09' } }),
    );
    expect(report.title).toBe('Informe de progreso: Sam Delgado (hasta el 9 de marzo de 2026)');
    expect(report.facts).toContainEqual({
      label: 'Términos de estado',
      value: 'Códigos de progreso de SELPA de California',
    });
    expect(report.goals[0]?.judgement?.statusHeading).toBe('Estado al 9 de marzo de 2026');
    expect(report.goals[0]?.judgement?.statusText).toMatch(/^\d – /);
    expect(report.goals[0]?.table.rows).toHaveLength(9);
    expect(report.goals[1]?.problem).toMatch(/^La meta del IEP no tiene valor de línea de base/);
  });
});
