import type { CaseEventInput } from '../schemas/case-event';
import type { Meeting } from '../schemas/meeting';

/** The case event a held meeting implies (docs/case-file-contract.md), or null when it implies none. */
export type ImpliedEvent = Extract<CaseEventInput, { type: 'iep-meeting-held' }>;

/** The case event a scheduled meeting implies: `meeting-scheduled`, which starts a state's before-the-meeting clocks. */
export type ScheduledEvent = Extract<CaseEventInput, { type: 'meeting-scheduled' }>;

const IEP_PURPOSES = new Set(['initial', 'annual', 'amendment', 'reevaluation']);

/**
 * Holding an IEP meeting records `iep-meeting-held`, with the roles that attended and those excused, so the
 * deadline engine can start the annual-review clock and check the required members. Other meetings (504,
 * eligibility, other) imply no event of the case-file format, and a meeting not (yet) held implies none.
 */
export function meetingEvent(
  meeting: Pick<Meeting, 'date' | 'framework' | 'purpose' | 'attendees' | 'isTransitionDiscussed' | 'status'>,
): ImpliedEvent | null {
  if (meeting.status !== 'held') return null;
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

/**
 * A meeting the parent was told of on `noticeDate` records `meeting-scheduled` on that day, for its date
 * (a state's notice and documents clocks count back from it); it stays once the meeting is held, follows a
 * new date when the meeting is moved, and goes when the meeting is cancelled. A meeting recorded only
 * after it was held (no notice date) implies none.
 */
export function scheduledEvent(
  meeting: Pick<Meeting, 'date' | 'framework' | 'purpose' | 'status' | 'noticeDate'>,
): ScheduledEvent | null {
  if (meeting.status === 'cancelled' || meeting.noticeDate === null) return null;
  return {
    type: 'meeting-scheduled',
    date: meeting.noticeDate,
    meetingDate: meeting.date,
    kind: meeting.framework,
    ...(meeting.framework === 'iep' && IEP_PURPOSES.has(meeting.purpose)
      ? { purpose: meeting.purpose as 'initial' | 'annual' | 'amendment' | 'reevaluation' }
      : {}),
  };
}
