import { describe, expect, it } from 'vitest';
import { guideAnswersSchema } from '../schemas/guide';
import type { GuideQuestionId } from '../schemas/guide';
import { FACT_PLACEHOLDERS, placeholdersIn } from './fact-template';
import type { GuideCondition } from './guide-condition';
import { GUIDE_EXPLANATIONS, GUIDE_MYTHS } from './guide-explanations';
import { GUIDE_NEXT_STEPS, SUGGESTED_LETTER_RULES } from './guide-next-steps';
import { guideQuestions } from './guide-questions';
import { GUIDE_SIGNALS, LEANING_RULES } from './guide-signals';

const QUESTION_IDS = Object.keys(guideAnswersSchema.shape) as GuideQuestionId[];

/** True when `value` is an accepted answer to question `id` (alone, or as one item of a list). */
function accepts(id: GuideQuestionId, value: string): boolean {
  const field = guideAnswersSchema.shape[id];
  return field.safeParse(value).success || field.safeParse([value]).success;
}

function conditionsIn(condition: GuideCondition | null | undefined): GuideCondition[] {
  if (condition === null || condition === undefined) return [];
  if ('all' in condition) return [condition, ...condition.all.flatMap(conditionsIn)];
  if ('any' in condition) return [condition, ...condition.any.flatMap(conditionsIn)];
  if ('not' in condition) return [condition, ...conditionsIn(condition.not)];
  return [condition];
}

describe('guideQuestions', () => {
  it('asks exactly the questions the answer schema accepts', () => {
    expect(guideQuestions.map((question) => question.id).sort()).toEqual([...QUESTION_IDS].sort());
  });

  it.each(guideQuestions.map((question) => [question.id, question] as const))(
    '%s: has text in both languages and exactly the options the schema accepts',
    (id, question) => {
      expect(question.text.en).not.toBe('');
      expect(question.text.es).not.toBe('');
      for (const option of question.options) {
        expect(accepts(id, option.id)).toBe(true);
        expect(option.text.en).not.toBe('');
        expect(option.text.es).not.toBe('');
      }
      // Every value the schema accepts is offered.
      const field = guideAnswersSchema.shape[id];
      const bogus = field.safeParse(question.kind === 'multi' ? ['__none__'] : '__none__');
      expect(bogus.success).toBe(false);
      const isList = field.safeParse([]).success;
      expect(isList).toBe(question.kind === 'multi');
      if (question.kind === 'yes-no-unsure') expect(question.options.map((o) => o.id)).toEqual(['yes', 'no', 'unsure']);
      expect(new Set(question.options.map((o) => o.id)).size).toBe(question.options.length);
    },
  );
});

describe("the guide's rules as data", () => {
  const allConditions = [
    ...GUIDE_SIGNALS.map((signal) => signal.when),
    ...LEANING_RULES.map((rule) => rule.when),
    ...GUIDE_EXPLANATIONS.map((item) => item.when),
    ...GUIDE_NEXT_STEPS.map((step) => step.when),
    ...SUGGESTED_LETTER_RULES.map((rule) => rule.when),
  ].flatMap(conditionsIn);

  it('only name questions and options that exist', () => {
    for (const condition of allConditions) {
      if (!('answer' in condition)) continue;
      expect(QUESTION_IDS).toContain(condition.answer);
      for (const value of condition.in) expect(accepts(condition.answer, value)).toBe(true);
    }
  });

  it('use only known fact placeholders, the same in both languages', () => {
    const texts = [
      ...GUIDE_EXPLANATIONS.map((item) => item.text),
      ...GUIDE_MYTHS.map((myth) => myth.answer),
      ...GUIDE_NEXT_STEPS.map((step) => step.text),
      ...GUIDE_SIGNALS.map((signal) => signal.text),
    ];
    for (const text of texts) {
      expect(placeholdersIn(text.es)).toEqual(placeholdersIn(text.en));
      for (const name of text.en.match(/\{(\w+)\}/g) ?? []) {
        expect(FACT_PLACEHOLDERS).toContain(name.slice(1, -1));
      }
    }
  });

  it('cite every explanation and myth (the one-plan position is cited by the facts)', () => {
    for (const item of GUIDE_EXPLANATIONS) {
      expect(item.sources.length > 0 || placeholdersIn(item.text.en).includes('onePlanPosition')).toBe(true);
    }
    for (const myth of GUIDE_MYTHS) expect(myth.sources.length).toBeGreaterThan(0);
    for (const signal of GUIDE_SIGNALS) expect(signal.citation).not.toBe('');
  });
});
