import { daysBetween } from '../calendar/add-days';
import { rulesForJurisdiction } from '../law/rule-registry';
import type { RuleStatus } from '../law/rule-status';
import type { MeetingInput } from '../schemas/meeting';

/** The federal notice rule: early enough to attend, at an agreed time and place; no day count. */
export const FEDERAL_NOTICE_CITATION = '34 CFR 300.322(a)';

/**
 * What the notice rule says of a scheduled IEP meeting (34 CFR 300.322; a state's notice days where Binder
 * encodes them): `short` when the parent was told fewer days ahead than the state requires, `enough` when the
 * state's days were given, `no-day-count` where only the federal rule applies (it sets no number of days).
 */
export type NoticeCheck =
  | {
      readonly kind: 'short' | 'enough';
      readonly requiredDays: number;
      readonly givenDays: number;
      readonly citation: string;
      readonly status: RuleStatus;
    }
  | {
      readonly kind: 'no-day-count';
      readonly givenDays: number;
      readonly citation: string;
      readonly status: RuleStatus;
    };

/**
 * The notice check of a meeting for a child in `jurisdiction`, told of it on `noticeDate` (the day it is
 * scheduled when none is given). Null for a meeting that is not a scheduled IEP meeting.
 */
export function meetingNoticeCheck(
  meeting: Pick<MeetingInput, 'date' | 'framework' | 'status' | 'noticeDate'>,
  jurisdiction: string,
  scheduledOn: string,
): NoticeCheck | null {
  if (meeting.framework !== 'iep' || meeting.status !== 'scheduled') return null;
  const givenDays = daysBetween(meeting.noticeDate ?? scheduledOn, meeting.date);
  const rule = rulesForJurisdiction(jurisdiction).deadlineRules.find(
    (candidate) =>
      candidate.kind === 'meeting-notice' &&
      candidate.trigger.from === 'meeting-date' &&
      candidate.basis === 'calendar-days',
  );
  if (rule === undefined) {
    return { kind: 'no-day-count', givenDays, citation: FEDERAL_NOTICE_CITATION, status: 'confirmed' };
  }
  return {
    kind: givenDays < rule.count ? 'short' : 'enough',
    requiredDays: rule.count,
    givenDays,
    citation: rule.citation,
    status: rule.status,
  };
}
