import { stateRule } from './define-rule';
import type { DeadlineRule } from './deadline-rule';
import { ideaInitialEvaluation } from './idea';

/** What a state's before-the-meeting clock says; the rest is the same for every state. */
type BeforeMeetingFields = Pick<
  DeadlineRule,
  'count' | 'basisText' | 'completedBy' | 'summary' | 'citation' | 'sourceUrl' | 'status'
> & {
  readonly kind: 'meeting-notice' | 'draft-iep' | 'meeting-documents';
  /** How the days before the meeting are counted (default calendar days). */
  readonly basis?: 'calendar-days' | 'business-days' | 'school-days';
  /** Only meetings scheduled for these purposes (Texas: the initial ARD meeting). */
  readonly purposes?: readonly string[];
};

/**
 * A clock that ends `count` days before each scheduled IEP meeting (docs/decisions/0015, R5):
 * Tennessee's 10-day notice and 48-hour draft IEP, the Illinois and Kansas meeting notices, the
 * District's documents 5 business days and Texas' report 5 school days before (decision 0029).
 */
export function beforeIepMeeting(state: string, fields: BeforeMeetingFields): DeadlineRule {
  const { purposes, basis, ...rest } = fields;
  return stateRule(state, ideaInitialEvaluation, {
    ...rest,
    basis: basis ?? 'calendar-days',
    trigger: { from: 'meeting-date', kinds: ['iep'], ...(purposes === undefined ? {} : { purposes }) },
    measuredTo: undefined,
  });
}

/** What ends a meeting-notice clock: the parent receives the written notice. */
export const MEETING_NOTICE_GIVEN: DeadlineRule['completedBy'] = [{ type: 'meeting-notice-given' }];

/** What ends a documents-before-the-meeting clock: the parent receives them. */
export const MEETING_DOCUMENTS_PROVIDED: DeadlineRule['completedBy'] = [{ type: 'meeting-documents-provided' }];
