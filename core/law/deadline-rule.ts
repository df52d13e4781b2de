import type { BreakExclusion } from '../calendar/break-exclusion';
import type { EventType } from '../schemas/case-file';
import type { LocalizedText, RuleStatus } from './rule-status';

/**
 * How a rule counts. `instructional-days` and `school-working-days` are counted as school days.
 * `school-year`: due on the last day of the school year (the calendar's term) the clock started in.
 */
export const COUNT_BASES = [
  'calendar-days',
  'school-days',
  'business-days',
  'instructional-days',
  'school-working-days',
  'years',
  'age',
  'school-year',
] as const;
export type CountBase = (typeof COUNT_BASES)[number];

/** Where a rule comes from; the rule id starts with it (`idea.`, `section504.`, `ocr.`, `ferpa.`, `tx.`). */
export const RULE_SOURCES = ['idea', 'section504', 'ocr', 'ferpa', 'state'] as const;
export type RuleSource = (typeof RULE_SOURCES)[number];

/** Who must act by the due date (a missed school deadline is a compliance finding; a missed window is the family's loss). */
export const OBLIGED_PARTIES = ['school', 'family', 'state', 'hearing-officer'] as const;
export type ObligedParty = (typeof OBLIGED_PARTIES)[number];

/**
 * An event of a given type whose fields take one of the listed values (`undefined` = field absent),
 * e.g. `{ type: 'evaluation-completed', where: { kind: ['initial', undefined] } }`.
 */
export interface EventMatch {
  readonly type: EventType;
  readonly where?: Readonly<Record<string, readonly (string | boolean | undefined)[]>>;
}

/**
 * What starts a clock: each matching event; the referral (`referral-received`, or when the case has
 * none, each written `evaluation-requested`); the student's birth date; or a scheduled meeting.
 */
export type RuleTrigger =
  | { readonly from: 'events'; readonly events: readonly EventMatch[] }
  | { readonly from: 'referral' }
  | { readonly from: 'birth-date' }
  /**
   * Each `meeting-scheduled` of these kinds; the count runs back from its `meetingDate` (Tennessee:
   * notice 10 days before an IEP meeting).
   */
  | {
      readonly from: 'meeting-date';
      readonly kinds: readonly string[];
      /** Only meetings scheduled for one of these purposes (`meeting-scheduled`'s `purpose`). */
      readonly purposes?: readonly string[];
    }
  /**
   * Each school year of the case's calendar (each term) that has begun by the as-of date; the trigger
   * is the term's first day, with basis `school-year` the due date its last (34 CFR 300.504(a): the
   * safeguards notice once a school year). Without a calendar there are no school years, so no clocks.
   */
  | { readonly from: 'school-year' };

/** A state's end-of-school-year rule for a school-day clock. */
export type YearEndRule =
  /** Illinois: when the school year ends first, due the day before the next school year starts. */
  | { readonly id: 'before-next-school-year'; readonly label: LocalizedText }
  /** Texas: consent `minDaysLeft`–(count − 1) school days before the last day → due 30 June. */
  | { readonly id: 'june-30'; readonly minDaysLeft: number; readonly label: LocalizedText }
  /**
   * California 56321(a): a trigger `withinDays` calendar days or fewer before the last day of the
   * school year → due `withinDays` days after the next school year starts. With `conditionOn:
   * 'referral'` the condition is read on the case's latest referral on or before the trigger, not
   * on the trigger (56344(a): the IEP, counted from consent, for a referral made 30 days or less
   * before the end of the school year).
   */
  | {
      readonly id: 'days-after-next-year-start';
      readonly withinDays: number;
      readonly conditionOn?: 'referral';
      readonly label: LocalizedText;
    }
  /**
   * Texas ARD (TEC 29.004(a-1); 19 TAC 89.1011): a due date in summer moves to the first day of
   * classes of the next school year (`label`); when the consent before the trigger came
   * `consentMinDaysLeft`–`consentMaxDaysLeft` school days before the last day of school, the meeting
   * is due by the `nextYearSchoolDay`th school day of the next school year (`nextYearLabel`).
   */
  | {
      readonly id: 'summer-to-next-year';
      readonly consentMinDaysLeft: number;
      readonly consentMaxDaysLeft: number;
      readonly nextYearSchoolDay: number;
      readonly label: LocalizedText;
      readonly nextYearLabel: LocalizedText;
    };

/** A deadline rule: the law as a record, interpreted by `core/timeline`. */
export interface DeadlineRule {
  /** `idea.<kind>`, `section504.<kind>`, `ocr.<kind>` or `<state>.<kind>` (lower-case state). */
  readonly id: string;
  readonly kind: string;
  /** `US` for federal rules, else the state code. */
  readonly jurisdiction: string;
  readonly source: RuleSource;
  readonly summary: LocalizedText;
  readonly count: number;
  readonly basis: CountBase;
  /** The count as the output's `basis` shows it, e.g. `60 calendar days`. */
  readonly basisText: string;
  /** Age rules: due this many years before the birthday at `count` (age-of-majority notice: 1). */
  readonly yearsBeforeAge?: number;
  /**
   * Age rules: or the day the student starts this grade, whichever is first (Delaware: 14 or entering
   * grade 8). Needs the case file's `student.gradeStarts`; without it the age alone decides.
   */
  readonly orOnEnteringGrade?: { readonly grade: number; readonly label: LocalizedText };
  /** Calendar-day rules that skip school breaks (CA, GA, PA, FL). */
  readonly breakExclusion?: BreakExclusion & { readonly label: LocalizedText };
  readonly trigger: RuleTrigger;
  /** Events that complete the deadline. */
  readonly completedBy: readonly EventMatch[];
  /** "The next": only an event on a strictly later date completes (annual review, triennial, safeguards). */
  readonly isCompletedOnlyByLaterEvent: boolean;
  /** Listed only when an IEP is in effect on the due date. */
  readonly isWhileIepInEffect: boolean;
  /** A filing window: `met` = filed in time, `overdue` = the window closed. */
  readonly isWindow: boolean;
  readonly obligedParty: ObligedParty;
  /** What must be finished by the due date, when it differs from the federal rule. */
  readonly measuredTo?: LocalizedText;
  /** Records access: the day before the earliest later meeting of these kinds, if sooner. */
  readonly shortenedByMeetingKinds?: readonly string[];
  readonly yearEnd?: YearEndRule;
  /**
   * School days between a `from` event (or the trigger, when none) and the `until` event are not
   * counted, and the deadline exists only once `until` has happened (Connecticut: time spent
   * obtaining consent is excluded from the 45 school days after referral).
   */
  readonly pause?: {
    readonly from: readonly EventMatch[];
    readonly until: readonly EventMatch[];
    readonly label: LocalizedText;
  };
  /**
   * The earlier of two clocks: a second count from the same trigger, and the deadline is whichever
   * ends first (Delaware: 45 school days or 90 calendar days after consent, whichever is less).
   * `basisText` names both.
   */
  readonly orWithin?: {
    readonly count: number;
    readonly basis: 'calendar-days';
    /** e.g. "90 calendar days" — said in the explanation when this clock decides. */
    readonly label: LocalizedText;
  };
  /** First trigger date the rule applies to (a rule with a start date in law). */
  readonly effectiveFrom?: string;
  /** The rule applies only when the student has this disability category. */
  readonly appliesToCategory?: string;
  /** When the rule applies, the rule of this kind is not listed (Pennsylvania's 2-year reevaluation). */
  readonly replacesKind?: string;
  readonly citation: string;
  /** Where the rule was read (URLs, listed in docs/law-coverage.md). */
  readonly sourceUrl: string;
  readonly status: RuleStatus;
}

/** A rule with no number ("a reasonable time", "without unnecessary delay"): a reminder, never a deadline. */
export interface ReminderRule {
  readonly id: string;
  readonly kind: string;
  readonly jurisdiction: string;
  readonly source: RuleSource;
  readonly summary: LocalizedText;
  /** The timing words of the law. */
  readonly timing: LocalizedText;
  readonly trigger: readonly EventMatch[];
  /** Events that answer the reminder. */
  readonly resolvedBy: readonly EventMatch[];
  /** Only an event on a strictly later date answers it (a plan's next review, not the plan itself). */
  readonly isResolvedOnlyByLaterEvent?: boolean;
  /** A dated reminder: its date is this field of the trigger event (a 504 plan's `reviewDate`). */
  readonly dueField?: string;
  readonly citation: string;
  readonly sourceUrl: string;
  readonly status: RuleStatus;
}

/** A statement of law that is not a deadline (definitions, contents, rights), kept so every citation Binder shows exists here. */
export interface CitationRecord {
  readonly id: string;
  readonly jurisdiction: string;
  readonly source: RuleSource;
  readonly citation: string;
  readonly summary: LocalizedText;
  readonly sourceUrl: string;
  readonly status: RuleStatus;
}
