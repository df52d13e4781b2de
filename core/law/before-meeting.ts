import { stateRule } from './define-rule';
import type { DeadlineRule } from './deadline-rule';
import { ideaInitialEvaluation } from './idea';

/** What a state's before-the-meeting clock says; the rest is the same for every state. */
type BeforeMeetingFields = Pick<
  DeadlineRule,
  'count' | 'basisText' | 'completedBy' | 'summary' | 'citation' | 'sourceUrl' | 'status'
> & { readonly kind: 'meeting-notice' | 'draft-iep' };

/**
 * A clock that ends `count` calendar days before each scheduled IEP meeting (docs/decisions/0015,
 * R5): Tennessee's 10-day notice and 48-hour draft IEP, the Illinois and Kansas meeting notices.
 */
export function beforeIepMeeting(state: string, fields: BeforeMeetingFields): DeadlineRule {
  return stateRule(state, ideaInitialEvaluation, {
    ...fields,
    trigger: { from: 'meeting-date', kinds: ['iep'] },
    measuredTo: undefined,
  });
}

/** What ends a meeting-notice clock: the parent receives the written notice. */
export const MEETING_NOTICE_GIVEN: DeadlineRule['completedBy'] = [{ type: 'meeting-notice-given' }];
