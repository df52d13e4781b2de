import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { GuideAnswers, GuideQuestionId } from '../schemas/guide';
import type { GuideOptionId } from './guide-questions';

/** Where the guide's answers point. */
export const GUIDE_LEANINGS = ['iep', '504', 'either', 'need-more-information'] as const;
export type GuideLeaning = (typeof GUIDE_LEANINGS)[number];

/** An answer is one of `in` (for a multi-choice question: any chosen option is one of `in`). */
export type AnswerCondition = {
  readonly [Q in GuideQuestionId]: { readonly answer: Q; readonly in: readonly GuideOptionId<Q>[] };
}[GuideQuestionId];

/**
 * When a rule of the guide applies, as data: answers, the leaning (once known), whether the state has
 * a one-plan position, and `all` / `any` / `not` to combine them.
 */
export type GuideCondition =
  | AnswerCondition
  | { readonly leaning: readonly GuideLeaning[] }
  | { readonly hasOnePlanPosition: boolean }
  | { readonly all: readonly GuideCondition[] }
  | { readonly any: readonly GuideCondition[] }
  | { readonly not: GuideCondition };

/** What a condition is tested against. `leaning` is null while the leaning is being worked out. */
export interface GuideContext {
  readonly answers: GuideAnswers;
  readonly facts: JurisdictionFacts;
  readonly leaning: GuideLeaning | null;
}

/** True when `condition` holds in `context`. */
export function matches(condition: GuideCondition, context: GuideContext): boolean {
  if ('answer' in condition) {
    const given: unknown = context.answers[condition.answer];
    const accepted: readonly unknown[] = condition.in;
    return Array.isArray(given) ? given.some((value) => accepted.includes(value)) : accepted.includes(given);
  }
  if ('leaning' in condition) return context.leaning !== null && condition.leaning.includes(context.leaning);
  if ('hasOnePlanPosition' in condition)
    return (context.facts.onePlanPosition !== null) === condition.hasOnePlanPosition;
  if ('all' in condition) return condition.all.every((part) => matches(part, context));
  if ('any' in condition) return condition.any.some((part) => matches(part, context));
  return !matches(condition.not, context);
}
