import type { DeadlineRule } from './deadline-rule';
import { MEASURED_TO } from './event-matches';
import { ideaAgeOfMajorityNotice, ideaDueProcessWindow, ideaInitialEvaluation, ideaTransitionPlan } from './idea';
import { isJurisdictionCode, JURISDICTION_NAMES } from './jurisdiction-names';
import { rulesForJurisdiction } from './rule-registry';
import { inEveryLanguage, textIn, type Cited, type LocalizedText } from './rule-status';

/** The day-counting bases the rules use. */
export type CountBasis = 'calendar-days' | 'school-days' | 'business-days' | 'instructional-days';

/**
 * What the rules data knows about one jurisdiction, in the shape the IEP-vs-504 comparison,
 * the decision guide and the letters need. Built from `core/law` (never hard-coded elsewhere).
 */
export interface JurisdictionFacts {
  /** `US` or a two-letter state code, upper case. */
  readonly jurisdiction: string;
  readonly name: LocalizedText;
  /** False when the state has no encoded rules and federal rules stand in. */
  readonly hasEncodedRules: boolean;
  readonly initialEvaluation: Cited & {
    /** e.g. 60; Maryland's second clock and similar extras are described in `summary`. */
    readonly count: number;
    readonly basis: CountBasis;
    readonly clockStart: 'consent' | 'referral';
    /** What must be finished when the clock ends, in plain words. */
    readonly measuredTo: LocalizedText;
    readonly summary: LocalizedText;
    /** A second clock from the same start; the deadline is whichever ends first (Delaware's 90 calendar days). */
    readonly orWithin?: { readonly count: number; readonly basis: CountBasis };
  };
  /** Age by which transition content must be in the IEP (16 federally; earlier in some states). */
  readonly transitionAge: Cited & { readonly age: number };
  /** Age at which rights transfer to the student. */
  readonly ageOfMajority: Cited & { readonly age: number };
  /** Years a parent has to file for due process after knowing of the violation. */
  readonly dueProcessLimitation: Cited & { readonly years: number };
  /** New Hampshire's "an IDEA-eligible child gets an IEP, not a 504 plan" position; null elsewhere. */
  readonly onePlanPosition: (Cited & { readonly summary: LocalizedText }) | null;
}

/** The contract's counting bases collapse to the four the comparison page shows. */
function countBasisOf(basis: DeadlineRule['basis']): CountBasis {
  if (basis === 'school-working-days') return 'school-days';
  if (basis === 'years' || basis === 'age' || basis === 'school-year') return 'calendar-days';
  return basis;
}

/**
 * What the rules data knows about `US` or a state, for the IEP-vs-504 comparison, the decision
 * guide and the letters. A state without encoded rules gets the federal facts with
 * `hasEncodedRules: false`. Codes are case-insensitive.
 */
export function jurisdictionFacts(code: string): JurisdictionFacts {
  const rules = rulesForJurisdiction(code);
  const jurisdiction = rules.jurisdiction;
  const name: LocalizedText = isJurisdictionCode(jurisdiction)
    ? JURISDICTION_NAMES[jurisdiction]
    : { en: jurisdiction, es: jurisdiction, vi: jurisdiction, 'zh-Hans': jurisdiction, ar: jurisdiction };
  const byKind = (kind: string): DeadlineRule | undefined => rules.deadlineRules.find((rule) => rule.kind === kind);
  const evaluation = byKind('initial-evaluation') ?? ideaInitialEvaluation;
  const fromReferral = byKind('initial-evaluation-from-referral');
  const transition = byKind('transition-plan') ?? ideaTransitionPlan;
  const majority = byKind('age-of-majority-notice') ?? ideaAgeOfMajorityNotice;
  const dueProcess = byKind('due-process-window') ?? ideaDueProcessWindow;
  const onePlan = rules.state?.onePlanPosition;
  const summary: LocalizedText =
    fromReferral === undefined
      ? evaluation.summary
      : inEveryLanguage(
          (language) =>
            `${textIn(evaluation.summary, language)}${language === 'zh-Hans' ? '' : ' '}${textIn(fromReferral.summary, language)}`,
        );
  return {
    jurisdiction,
    name,
    hasEncodedRules: rules.hasStateRules,
    initialEvaluation: {
      citation: evaluation.citation,
      status: evaluation.status,
      count: evaluation.count,
      basis: countBasisOf(evaluation.basis),
      clockStart: evaluation.trigger.from === 'referral' ? 'referral' : 'consent',
      measuredTo: evaluation.measuredTo ?? MEASURED_TO.evaluation,
      summary,
      ...(evaluation.orWithin === undefined
        ? {}
        : { orWithin: { count: evaluation.orWithin.count, basis: evaluation.orWithin.basis } }),
    },
    transitionAge: { citation: transition.citation, status: transition.status, age: transition.count },
    // A state's own rule carries its law (Ala. Code 26-1-1); the federal notice rests on 300.520.
    ageOfMajority: {
      citation: majority.source === 'state' ? majority.citation : '34 CFR 300.520',
      status: majority.status,
      age: majority.count,
    },
    dueProcessLimitation: { citation: dueProcess.citation, status: dueProcess.status, years: dueProcess.count },
    onePlanPosition:
      onePlan === undefined ? null : { citation: onePlan.citation, status: onePlan.status, summary: onePlan.summary },
  };
}
