import type { CaseEventInput } from '../schemas/case-event';
import type { Meeting } from '../schemas/meeting';

/** The case event a meeting implies (docs/case-file-contract.md), or null when it implies none. */
export type ImpliedEvent = Extract<CaseEventInput, { type: 'iep-meeting-held' }>;

const IEP_PURPOSES = new Set(['initial', 'annual', 'amendment', 'reevaluation']);

/**
 * Holding an IEP meeting records `iep-meeting-held`, with the roles that attended and those excused, so the
 * deadline engine can start the annual-review clock and check the required members. Other meetings (504,
 * eligibility, other) imply no event of the case-file format.
 */
export function meetingEvent(
  meeting: Pick<Meeting, 'date' | 'framework' | 'purpose' | 'attendees' | 'isTransitionDiscussed'>,
): ImpliedEvent | null {
  if (meeting.framework !== 'iep' || !IEP_PURPOSES.has(meeting.purpose)) return null;
  const attendees = [...new Set(meeting.attendees.filter((a) => a.attended).map((a) => a.role))];
  const excused = [...new Set(meeting.attendees.filter((a) => !a.attended && a.excusal !== null).map((a) => a.role))];
  return {
    type: 'iep-meeting-held',
    date: meeting.date,
    purpose: meeting.purpose as 'initial' | 'annual' | 'amendment' | 'reevaluation',
    transition: meeting.isTransitionDiscussed,
    attendees,
    excused,
  };
}
