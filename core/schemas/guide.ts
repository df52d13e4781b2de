import { z } from 'zod';
import { AREAS_OF_CONCERN, choice, describeInput } from './letters';

/** The three answers of a yes/no question; `unsure` is a real answer, never an error. */
export const YES_NO_UNSURE = ['yes', 'no', 'unsure'] as const;
export type YesNoUnsure = (typeof YES_NO_UNSURE)[number];

/** Help already tried at school or outside it. */
export const SUPPORTS_TRIED = [
  'none',
  'classroom-accommodations',
  '504-plan',
  'intervention',
  'behavior-plan',
  'outside-help',
] as const;
export type SupportTried = (typeof SUPPORTS_TRIED)[number];

/** How the child is doing with the help tried so far. */
export const PROGRESS_WITH_SUPPORTS = ['catching-up', 'same-gap', 'falling-behind', 'not-sure'] as const;
export type ProgressWithSupports = (typeof PROGRESS_WITH_SUPPORTS)[number];

/** What the school has said; each answer (but `nothing-yet`) has a plain-language reply in the guide. */
export const SCHOOL_SAID = [
  'try-504-first',
  'grades-are-fine',
  'rti-first',
  'needs-medical-diagnosis',
  'wait-and-see',
  'nothing-yet',
] as const;
export type SchoolSaid = (typeof SCHOOL_SAID)[number];

/** Where the family stands with an IDEA evaluation. */
export const EVALUATION_SO_FAR = [
  'none',
  'requested-waiting',
  'refused',
  'evaluated-agree',
  'evaluated-disagree',
] as const;
export type EvaluationSoFar = (typeof EVALUATION_SO_FAR)[number];

const yesNoUnsure = choice(YES_NO_UNSURE).default('unsure');

/**
 * A multi-choice answer: a list of option ids, read as a set (order and repeats do not matter).
 * `exclusive` is the "none of these" option that cannot be combined with the others.
 */
function multi<const T extends readonly [string, ...string[]]>(values: T, exclusive?: T[number]) {
  return z
    .array(choice(values), { error: (issue) => `expected a list of option ids, got ${describeInput(issue.input)}` })
    .default([])
    .refine(
      (picked) => exclusive === undefined || !picked.includes(exclusive) || picked.every((v) => v === exclusive),
      {
        error: `"${String(exclusive)}" cannot be combined with other choices`,
      },
    );
}

/**
 * Answers to the IEP-or-504 decision guide. Every question may be skipped: a skipped yes/no question
 * counts as `unsure`, a skipped list as nothing chosen. Unknown question ids are rejected, so a typo
 * never silently drops an answer.
 */
export const guideAnswersSchema = z.strictObject(
  {
    concernAreas: multi(AREAS_OF_CONCERN),
    hasCondition: yesNoUnsure,
    limitsDailyActivity: yesNoUnsure,
    needsSkillTaught: yesNoUnsure,
    needsChangedWork: yesNoUnsure,
    needsSpecialistHelp: yesNoUnsure,
    behaviorGetsInWay: yesNoUnsure,
    supportsTried: multi(SUPPORTS_TRIED, 'none'),
    progressWithSupports: choice(PROGRESS_WITH_SUPPORTS).default('not-sure'),
    learnsWhenBarriersRemoved: yesNoUnsure,
    needsHealthCare: yesNoUnsure,
    schoolSaid: multi(SCHOOL_SAID, 'nothing-yet'),
    evaluationSoFar: choice(EVALUATION_SO_FAR).default('none'),
    meetingSoon: yesNoUnsure,
  },
  {
    // The object itself only reports unknown keys or a non-object.
    error: (issue) =>
      issue.code === 'unrecognized_keys'
        ? `unknown question id(s): ${issue.keys.join(', ')}`
        : `expected an object of answers, got ${describeInput(issue.input)}`,
  },
);

/** Validated guide answers, every question filled (skipped ones with their defaults). */
export type GuideAnswers = z.output<typeof guideAnswersSchema>;
/** Guide answers as a client sends them (questions may be left out). */
export type GuideAnswersInput = z.input<typeof guideAnswersSchema>;
/** The id of a guide question: the key of its answer. */
export type GuideQuestionId = keyof GuideAnswers;
