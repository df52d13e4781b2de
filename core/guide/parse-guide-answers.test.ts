import { describe, expect, it } from 'vitest';
import { parseGuideAnswers } from './parse-guide-answers';

describe('parseGuideAnswers', () => {
  it('fills skipped questions with their defaults', () => {
    const result = parseGuideAnswers({ needsSkillTaught: 'yes' });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.needsSkillTaught).toBe('yes');
    expect(result.value.hasCondition).toBe('unsure');
    expect(result.value.schoolSaid).toEqual([]);
    expect(result.value.evaluationSoFar).toBe('none');
    expect(result.value.progressWithSupports).toBe('not-sure');
  });

  it.each([
    [{ needsSkillTaught: 'maybe' }, 'needsSkillTaught: expected one of yes, no, unsure, got "maybe"'],
    [{ schoolSaid: ['lets-wait'] }, 'schoolSaid[0]: expected one of try-504-first'],
    [{ schoolSaid: 'rti-first' }, 'schoolSaid: expected a list of option ids, got "rti-first"'],
    [{ supportsTried: ['none', '504-plan'] }, 'supportsTried: "none" cannot be combined with other choices'],
    [{ schoolSaid: ['nothing-yet', 'rti-first'] }, 'schoolSaid: "nothing-yet" cannot be combined'],
    [{ evaluationSoFar: 'done' }, 'evaluationSoFar: expected one of none, requested-waiting'],
    [{ needSkillTaught: 'yes' }, '(root): unknown question id(s): needSkillTaught'],
  ])('names the field: %j', (input, message) => {
    const result = parseGuideAnswers(input);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.message).toContain(message);
    expect(result.issues.length).toBeGreaterThan(0);
  });

  it('rejects what is not an object', () => {
    const result = parseGuideAnswers('yes');
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toBe('(root): expected an object of answers, got "yes"');
  });

  it('reports every bad field in issues', () => {
    const result = parseGuideAnswers({ needsSkillTaught: 'maybe', meetingSoon: 3 });
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.issues.map((issue) => issue.field)).toEqual(['needsSkillTaught', 'meetingSoon']);
  });
});
