import { describe, expect, it } from 'vitest';
import { fieldProblem, problemsOf } from './form-problems';

describe('form problems', () => {
  it('keeps every entry for the summary and the first message of each field beside it', () => {
    const problems = problemsOf([
      { fieldId: 'event-date', label: 'Date', message: 'Enter a date.' },
      { fieldId: 'event-date', label: 'Date', message: 'The date is after today.' },
      { fieldId: 'event-type', label: 'Type', message: 'Choose a type.' },
    ]);
    expect(problems.items).toHaveLength(3);
    expect(problems.byField).toEqual({ 'event-date': 'Enter a date.', 'event-type': 'Choose a type.' });
  });

  it('makes one problem about one field', () => {
    expect(fieldProblem('sign-in-password', 'Password', 'Wrong password.')).toEqual({
      items: [{ fieldId: 'sign-in-password', label: 'Password', message: 'Wrong password.' }],
      byField: { 'sign-in-password': 'Wrong password.' },
    });
  });
});
