import type { Cited, LocalizedText } from './rule-status';

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
