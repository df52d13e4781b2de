import type { CitationRecord, DeadlineRule, ReminderRule } from './deadline-rule';
import type { Cited, LocalizedText } from './rule-status';

/** Everything Binder encodes for one state (docs/legal-sources.md, "State law"). */
export interface StateRules {
  /** Upper-case state code. */
  readonly code: string;
  /** Rules that replace (same kind) or add to the federal deadline rules. */
  readonly deadlineRules: readonly DeadlineRule[];
  readonly reminderRules?: readonly ReminderRule[];
  /** State provisions cited that are not deadlines. */
  readonly citations?: readonly CitationRecord[];
  /** New Hampshire's "IDEA eligibility means an IEP, not a 504 plan" position. */
  readonly onePlanPosition?: Cited & { readonly summary: LocalizedText; readonly sourceUrl: string };
}

/** The third-party dataset behind status `dataset` (docs/legal-sources.md, "Confirmation status"). */
export const DATASET_URL =
  'https://github.com/joelp22-maker/referencesource-data/blob/031a333297747dc5860ca91084a862b0e910a930/special-education-evaluation-timelines-by-state/data.json';

/** The source list of a dataset rule: the dataset, then the official page it names. */
export function datasetSource(officialUrl: string): string {
  return `${DATASET_URL} ; official ${officialUrl}`;
}
