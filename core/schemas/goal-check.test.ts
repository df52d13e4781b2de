import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { goalCheckInputSchema, goalCheckSchema, presentLevelsCheckSchema } from './goal-check';
import { checkGoal } from '../goals/check-goal';
import { checkPresentLevels } from '../goals/check-present-levels';

describe('goal-check schemas', () => {
  it('describe what the checkers return', () => {
    const goal = checkGoal('Jamie will improve reading skills as needed.');
    expect(goalCheckSchema.parse(goal)).toEqual(goal);
    const levels = checkPresentLevels('Jamie struggles with reading.', { goal: 'Jamie will read 40 wcpm.' });
    expect(presentLevelsCheckSchema.parse(levels)).toEqual(levels);
  });

  it('validate the request body', () => {
    expect(goalCheckInputSchema.safeParse({ text: 'Sam will read.', language: 'es' }).success).toBe(true);
    expect(goalCheckInputSchema.safeParse({ text: '' }).success).toBe(false);
    expect(goalCheckInputSchema.safeParse({ text: 'x', language: 'fr' }).success).toBe(false);
  });

  it('turn into JSON Schema for OpenAPI', () => {
    expect(() => z.toJSONSchema(goalCheckSchema)).not.toThrow();
    expect(() => z.toJSONSchema(presentLevelsCheckSchema)).not.toThrow();
  });
});
