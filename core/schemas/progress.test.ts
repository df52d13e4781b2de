import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { parseProgressInput, progressAnalysisSchema, progressInputSchema } from './progress';
import { analyzeProgress } from '../progress/analyze-progress';

const VALID = {
  direction: 'increase',
  baseline: { date: '2026-01-05', value: 20 },
  goal: { date: '2026-06-01', value: 60 },
  points: [
    { date: '2026-01-12', value: 22 },
    { date: '2026-01-19', value: 25, note: 'after a long weekend', measuredBy: 'Ms. Rivera' },
  ],
  phaseChanges: ['2026-03-02'],
  introduced: true,
};

describe('parseProgressInput', () => {
  it('accepts the spec example, with optional notes', () => {
    const result = parseProgressInput(VALID);
    expect(result.ok).toBe(true);
    if (result.ok) expect(result.value.points[1]?.measuredBy).toBe('Ms. Rivera');
  });

  it('lets phaseChanges and introduced be left out', () => {
    const rest: Partial<typeof VALID> = { ...VALID };
    delete rest.phaseChanges;
    delete rest.introduced;
    expect(parseProgressInput(rest).ok).toBe(true);
  });

  it.each([
    [
      { ...VALID, points: [VALID.points[0], VALID.points[1], { date: '2026-01-26', value: 'n/a' }] },
      'points[2].value: expected a number, got "n/a"',
    ],
    [{ ...VALID, points: [{ date: '2026-01-26' }] }, 'points[0].value: expected a number, got nothing'],
    [{ ...VALID, baseline: { date: '1/5/2026', value: 20 } }, 'baseline.date: expected YYYY-MM-DD, got "1/5/2026"'],
    [{ ...VALID, direction: 'up' }, 'direction: expected "increase" or "decrease", got "up"'],
    [{ ...VALID, goal: undefined }, 'goal: expected { "date": "YYYY-MM-DD", "value": number }, got nothing'],
    [{ ...VALID, points: 'none' }, 'points: expected a list of points, got "none"'],
    [{ ...VALID, phaseChanges: ['2026-02-30'] }, 'phaseChanges[0]: expected YYYY-MM-DD, got "2026-02-30"'],
    [{ ...VALID, introduced: 'yes' }, 'introduced: expected true or false, got "yes"'],
    [
      { ...VALID, goal: { date: '2026-01-05', value: 60 } },
      'goal.date: expected a date after the baseline date 2026-01-05, got "2026-01-05"',
    ],
    [
      { ...VALID, goal: { date: '2026-06-01', value: 10 } },
      'goal.value: expected a value at or above the baseline (20) for a goal to increase, got 10',
    ],
    [null, '(root): expected an object with direction, baseline, goal and points, got null'],
  ])('names the field: %#', (input, message) => {
    const result = parseProgressInput(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.message).toBe(message);
      expect(result.issues[0]?.field).toBe(message.split(':')[0]);
    }
  });

  it('rejects infinite values', () => {
    const result = parseProgressInput({ ...VALID, points: [{ date: '2026-01-12', value: Infinity }] });
    expect(result.ok).toBe(false);
  });
});

describe('schemas for the API', () => {
  it('turn into JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(progressInputSchema, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(progressAnalysisSchema)).not.toThrow();
  });

  it('describe what analyzeProgress returns', () => {
    const parsed = progressInputSchema.parse(VALID);
    const analysis = analyzeProgress(parsed, '2026-03-30');
    expect(progressAnalysisSchema.parse(analysis)).toEqual(analysis);
  });
});
