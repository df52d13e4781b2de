import type { JurisdictionFacts } from '../law/jurisdiction-facts';
import type { Cited, LocalizedText, RuleStatus } from '../law/rule-status';
import type { GuideAnswers, SchoolSaid } from '../schemas/guide';
import type { LetterKind } from '../schemas/letters';
import { fillFactTemplate } from './fact-template';
import { matches } from './guide-condition';
import type { GuideContext, GuideLeaning } from './guide-condition';
import { GUIDE_DISCLAIMER, GUIDE_EXPLANATIONS, GUIDE_MYTHS } from './guide-explanations';
import { GUIDE_NEXT_STEPS, SUGGESTED_LETTER_RULES } from './guide-next-steps';
import { guideQuestions } from './guide-questions';
import { GUIDE_SIGNALS, LEANING_RULES, NEED_MORE_INFORMATION_REASON } from './guide-signals';
import type { GuideSignal } from './guide-signals';

/** A cited statement of the guide's result; `citation` joins `sources` (status: the weakest). */
export interface GuideStatement extends Cited {
  readonly id: string;
  readonly text: LocalizedText;
  readonly sources: readonly Cited[];
}

/** What the school said, and the plain answer to it. */
export interface GuideMyth extends Cited {
  readonly id: Exclude<SchoolSaid, 'nothing-yet'>;
  /** The school's words, as the question put them. */
  readonly schoolSaid: LocalizedText;
  readonly answer: LocalizedText;
  readonly sources: readonly Cited[];
}

/** Something to do next; practical advice has no citation. */
export interface GuideStep {
  readonly id: string;
  readonly text: LocalizedText;
  readonly citation: string | null;
  readonly status: RuleStatus | null;
  readonly sources: readonly Cited[];
  readonly letter: LetterKind | null;
}

/** What the guide says for one set of answers. It explains; it never decides eligibility. */
export interface GuideResult {
  readonly leaning: GuideLeaning;
  /** Why: the leaning's reason first, then the IDEA two-prong test, the 504 definition and what applies. */
  readonly reasons: GuideStatement[];
  /** Signs in the answers that point to specially designed instruction (an IEP). */
  readonly sdiSignals: GuideStatement[];
  /** Signs that point to access needs a 504 plan can meet. */
  readonly accessSignals: GuideStatement[];
  readonly myths: GuideMyth[];
  readonly nextSteps: GuideStep[];
  readonly suggestedLetter: LetterKind | null;
  readonly disclaimer: LocalizedText;
}

function statement(
  id: string,
  text: LocalizedText,
  sources: readonly Cited[],
  facts: JurisdictionFacts,
): GuideStatement {
  const filled = fillFactTemplate(text, sources, facts, 'you');
  // Every statement of the guide's data has a source; an empty citation would be caught by the tests.
  const cited = filled.cited ?? { citation: '', status: 'unconfirmed' };
  return { id, text: filled.text, citation: cited.citation, status: cited.status, sources: filled.sources };
}

function signalStatement(signal: GuideSignal, facts: JurisdictionFacts): GuideStatement {
  return statement(signal.id, signal.text, [signal], facts);
}

function weightOf(signals: readonly GuideSignal[], pointsTo: GuideSignal['pointsTo']): number {
  return signals.filter((signal) => signal.pointsTo === pointsTo).reduce((sum, signal) => sum + signal.weight, 0);
}

const SCHOOL_SAID_QUESTION = guideQuestions.find((question) => question.id === 'schoolSaid');

function schoolSaidText(id: SchoolSaid): LocalizedText {
  const option = SCHOOL_SAID_QUESTION?.options.find((candidate) => candidate.id === id);
  return option?.text ?? { en: id, es: id, vi: id, 'zh-Hans': id, ar: id };
}

/**
 * The IEP-or-504 decision guide: which framework the answers lean toward and why (IDEA's two-prong
 * test, the Section 504 definition), the signs of needing specially designed instruction, answers to
 * what the school said, next steps and the letter to send, with the state's numbers from `facts`.
 * Pure and deterministic: multi-choice answers are read as sets, and every list keeps the order of
 * the guide's own rules.
 */
export function runGuide(answers: GuideAnswers, facts: JurisdictionFacts): GuideResult {
  const base: GuideContext = { answers, facts, leaning: null };
  const fired = GUIDE_SIGNALS.filter((signal) => matches(signal.when, base));
  const iepWeight = weightOf(fired, 'iep');
  const accessWeight = weightOf(fired, '504');
  const rule = LEANING_RULES.find(
    (candidate) =>
      iepWeight >= candidate.minIep &&
      accessWeight >= candidate.minAccess &&
      (candidate.when === undefined || matches(candidate.when, base)),
  );
  const leaning: GuideLeaning = rule?.leaning ?? 'need-more-information';
  const context: GuideContext = { ...base, leaning };
  const leaningReason = rule?.reason ?? NEED_MORE_INFORMATION_REASON;

  const reasons = [
    statement(`leaning-${leaning}`, leaningReason.text, [leaningReason], facts),
    ...GUIDE_EXPLANATIONS.filter((item) => item.when === null || matches(item.when, context)).map((item) =>
      statement(item.id, item.text, item.sources, facts),
    ),
  ];

  const myths = GUIDE_MYTHS.filter((myth) => answers.schoolSaid.includes(myth.id)).map((myth): GuideMyth => {
    const filled = statement(myth.id, myth.answer, myth.sources, facts);
    return {
      id: myth.id,
      schoolSaid: schoolSaidText(myth.id),
      answer: filled.text,
      citation: filled.citation,
      status: filled.status,
      sources: filled.sources,
    };
  });

  const nextSteps = GUIDE_NEXT_STEPS.filter((step) => step.when === null || matches(step.when, context)).map(
    (step): GuideStep => {
      const filled = fillFactTemplate(step.text, step.sources, facts, 'you');
      return {
        id: step.id,
        text: filled.text,
        citation: filled.cited?.citation ?? null,
        status: filled.cited?.status ?? null,
        sources: filled.sources,
        letter: step.letter,
      };
    },
  );

  return {
    leaning,
    reasons,
    sdiSignals: fired.filter((signal) => signal.pointsTo === 'iep').map((signal) => signalStatement(signal, facts)),
    accessSignals: fired.filter((signal) => signal.pointsTo === '504').map((signal) => signalStatement(signal, facts)),
    myths,
    nextSteps,
    suggestedLetter: SUGGESTED_LETTER_RULES.find((candidate) => matches(candidate.when, context))?.letter ?? null,
    disclaimer: GUIDE_DISCLAIMER,
  };
}
