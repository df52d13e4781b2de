import type { ProgressAnalysis } from '../schemas/progress';
import { textIn, type Language } from './format-words';
import { FEDERAL_LABELS, LABEL_SETS, RAISE_GOAL_ADVICE } from './label-sets';
import type { LabelSetId, StatusLabelKey } from './label-sets';

/** A status in a label set's words. */
export interface StatusLabel {
  readonly labelSet: LabelSetId;
  /** The form's code where it has one (California SELPA "1"–"4"), else null. */
  readonly code: string | null;
  readonly text: string;
  /** "the data suggest the goal could be raised" when a rule says so, else null. */
  readonly advice: string | null;
}

type LabelledAnalysis = Pick<
  ProgressAnalysis,
  'status' | 'regression' | 'noProgress' | 'isPastGoalDate' | 'percentOfGoalMet' | 'advice'
>;

/**
 * The words a parent reads for an analysis: the federal plain words by default, or a state's or district's own
 * labels (`label-sets.ts`). Keys a set does not name fall back to the federal words.
 */
export function progressStatusLabel(
  analysis: LabelledAnalysis,
  options: { readonly labelSet?: LabelSetId; readonly language?: Language } = {},
): StatusLabel {
  const language = options.language ?? 'en';
  const set = LABEL_SETS[options.labelSet ?? 'federal'];
  // One status, never two that contradict: "could be raised" only beside a status that says the child is on track
  // (or met the goal) before the goal date, not beside "not making sufficient progress" or a goal date gone by.
  const canRaise = analysis.status !== 'not-on-track' && !analysis.isPastGoalDate;
  const advice = analysis.advice === 'raise-goal' && canRaise ? textIn(RAISE_GOAL_ADVICE, language) : null;
  const isJudged = analysis.status !== 'not-introduced';
  if (set.percentBands !== undefined && isJudged && analysis.percentOfGoalMet !== null) {
    const percent = analysis.status === 'goal-met' ? 100 : Math.floor(analysis.percentOfGoalMet);
    const band = [...set.percentBands].reverse().find((b) => percent >= b.minPercent);
    if (band !== undefined) return { labelSet: set.id, code: band.code, text: textIn(band.label, language), advice };
  }
  const keys = labelKeys(analysis);
  for (const key of keys) {
    const label = set.labels[key];
    if (label !== undefined) return { labelSet: set.id, code: null, text: textIn(label, language), advice };
  }
  return { labelSet: set.id, code: null, text: textIn(FEDERAL_LABELS[keys[0] ?? analysis.status], language), advice };
}

/** The label keys that describe an analysis, most specific first. */
function labelKeys(analysis: LabelledAnalysis): StatusLabelKey[] {
  const keys: StatusLabelKey[] = [];
  const isJudged = analysis.status !== 'not-introduced' && analysis.status !== 'insufficient-data';
  if (isJudged && analysis.isPastGoalDate && analysis.status !== 'goal-met') keys.push('not-met-by-goal-date');
  if (analysis.status === 'not-on-track' && analysis.regression) keys.push('not-on-track-regression');
  if (analysis.status === 'not-on-track' && analysis.noProgress) keys.push('not-on-track-no-progress');
  keys.push(analysis.status);
  return keys;
}
