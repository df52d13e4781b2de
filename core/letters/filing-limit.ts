import { addDays } from '../calendar/add-days';
import { addYears } from '../calendar/add-years';
import type { DeadlineRule } from '../law/deadline-rule';
import { ideaStateComplaintWindow } from '../law/idea';
import { ocrComplaintWindow } from '../law/section504';

/** The last day to file a complaint, computed from the day of the act the parent gives (docs/decisions/0038). */
export interface FilingLimit {
  /** `YYYY-MM-DD`: the act plus the rule's count (180 calendar days; one year, same day of the month). */
  readonly lastDay: string;
  /** Whether the letter is dated after the last day. */
  readonly isLate: boolean;
}

function limitOf(rule: DeadlineRule, from: string, letterDate: string): FilingLimit {
  const lastDay = rule.basis === 'years' ? addYears(from, rule.count) : addDays(from, rule.count);
  return { lastDay, isLate: letterDate > lastDay };
}

/** OCR: 180 calendar days from the act (34 CFR 100.7(b), applied to Section 504 by 104.61). */
export function ocrFilingLimit(actDate: string, letterDate: string): FilingLimit {
  return limitOf(ocrComplaintWindow, actDate, letterDate);
}

/** State complaint: no more than one year after the violation (34 CFR 300.153(c)). */
export function stateComplaintFilingLimit(violationDate: string, letterDate: string): FilingLimit {
  return limitOf(ideaStateComplaintWindow, violationDate, letterDate);
}
