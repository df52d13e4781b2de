import { nthBusinessDayAfter, nthBusinessDayBefore } from '../calendar/add-business-days';
import { nthSchoolDayAfter, nthSchoolDayBefore, schoolDaysBetween } from '../calendar/add-school-days';
import { addYearsToEpochDay } from '../calendar/add-years';
import { birthdayAtAgeEpochDay } from '../calendar/birthday-at-age';
import { nthCalendarDayExcludingBreaks } from '../calendar/break-exclusion';
import { epochDayFromParts, partsFromEpochDay, toEpochDay } from '../calendar/epoch-day';
import { firstSchoolDayIndexAfter, termContaining } from '../calendar/school-calendar';
import type { CompiledSchoolCalendar } from '../calendar/school-calendar';
import type { DeadlineRule } from '../law/deadline-rule';
import type { LocalizedText } from '../law/rule-status';
import type { CaseEvent } from '../schemas/case-file';
import { referralEvents } from './match-events';
import { compiledCalendarOf, eventsOfType } from './prepare-case';
import type { PreparedCase } from './prepare-case';

/** How a due date came out, with what the explanation needs to say why. */
export interface DueResult {
  readonly due: number | null;
  /** Why `due` is null. */
  readonly problem?: 'calendar-needed' | 'calendar-incomplete';
  /** Calendar days skipped as breaks. */
  readonly skipped?: number;
  /** The state's end-of-year rule decided the date. */
  readonly isYearEnd?: boolean;
  /** Records access: the meeting whose eve is the due date. */
  readonly meetingDay?: number;
  /** The rule's second clock (`orWithin`) ended first and decided the date. */
  readonly isOrWithin?: boolean;
  /** The start of the rule's grade (`orOnEnteringGrade`) came before the birthday and decided the date. */
  readonly gradeStart?: { readonly isProjected: boolean };
  /** A clock counted back from a meeting: the meeting's day. */
  readonly beforeMeetingDay?: number;
  /** A once-a-school-year clock: the first day of its school year (the due date is the last). */
  readonly schoolYearStart?: number;
  /** When the year-end rule has two branches, the one that decided (else the rule's `yearEnd.label`). */
  readonly yearEndLabel?: LocalizedText;
}

/** What a due result says besides its day. */
type DueDetails = Omit<DueResult, 'due'>;

/**
 * A due result with every field present, always in this order (docs/decisions/0059): the engine reads these fields
 * for every deadline (deadlinesForRule, explainDeadline), and results built as literals with only the fields they
 * needed came in a dozen shapes, which made those reads megamorphic.
 */
function dueOn(due: number | null): DueResult {
  return {
    due,
    problem: undefined,
    skipped: undefined,
    isYearEnd: undefined,
    meetingDay: undefined,
    isOrWithin: undefined,
    gradeStart: undefined,
    beforeMeetingDay: undefined,
    schoolYearStart: undefined,
    yearEndLabel: undefined,
  };
}

/** {@link dueOn} with details (the rarer results): the same shape. */
function dueWith(due: number | null, details: DueDetails): DueResult {
  return {
    due,
    problem: details.problem,
    skipped: details.skipped,
    isYearEnd: details.isYearEnd,
    meetingDay: details.meetingDay,
    isOrWithin: details.isOrWithin,
    gradeStart: details.gradeStart,
    beforeMeetingDay: details.beforeMeetingDay,
    schoolYearStart: details.schoolYearStart,
    yearEndLabel: details.yearEndLabel,
  };
}

function yearEndDue(
  rule: DeadlineRule,
  calendar: CompiledSchoolCalendar,
  from: number,
  counted: number | null,
): DueResult {
  const yearEnd = rule.yearEnd;
  const first = calendar.schoolDays[firstSchoolDayIndexAfter(calendar, from)];
  const term = first === undefined ? undefined : termContaining(calendar, first);
  if (yearEnd === undefined || term === undefined || yearEnd.id === 'days-after-next-year-start')
    return counted === null ? dueWith(null, { problem: 'calendar-incomplete' }) : dueOn(counted);
  if (yearEnd.id === 'summer-to-next-year') return counted === null ? dueOn(null) : dueOn(counted);
  if (yearEnd.id === 'before-next-school-year') {
    if (counted !== null && counted <= term.end) return dueOn(counted);
    const next = calendar.terms.find((candidate) => candidate.start > term.end);
    return next === undefined
      ? dueWith(null, { problem: 'calendar-incomplete' })
      : dueWith(next.start - 1, { isYearEnd: true });
  }
  const left = schoolDaysBetween(calendar, from, term.end);
  if (left >= yearEnd.minDaysLeft && left < rule.count) {
    return dueWith(epochDayFromParts(partsFromEpochDay(term.end).year, 6, 30), { isYearEnd: true });
  }
  return counted === null ? dueWith(null, { problem: 'calendar-incomplete' }) : dueOn(counted);
}

function schoolDayDue(rule: DeadlineRule, prepared: PreparedCase, from: number, count: number): DueResult {
  const calendar = compiledCalendarOf(prepared);
  if (calendar === undefined) return dueWith(null, { problem: 'calendar-needed' });
  const counted = nthSchoolDayAfter(calendar, from, count);
  if (rule.yearEnd !== undefined) return yearEndDue(rule, calendar, from, counted);
  return counted === null ? dueWith(null, { problem: 'calendar-incomplete' }) : dueOn(counted);
}

/**
 * The due date of one occurrence of a rule, counted from `from` (the trigger day; for a paused
 * rule, the day the pause ended, with `alreadyCounted` days used before it).
 */
export function computeDue(rule: DeadlineRule, prepared: PreparedCase, from: number, alreadyCounted = 0): DueResult {
  const first = computeFirstClock(rule, prepared, from, alreadyCounted);
  return rule.orWithin === undefined ? first : earlierOfClocks(rule.orWithin.count, prepared, from, first);
}

/**
 * "Whichever is less" (Delaware): the second clock counts calendar days from the same trigger. When
 * the school calendar ends before the first count does, that count ends after the calendar's last
 * term, so a second clock ending inside the calendar is still known to be the earlier one. Without
 * any calendar the first clock cannot be counted and neither can the earlier of the two.
 */
function earlierOfClocks(count: number, prepared: PreparedCase, from: number, first: DueResult): DueResult {
  const second = from + count;
  if (first.due !== null) return second < first.due ? dueWith(second, { isOrWithin: true }) : first;
  if (first.problem !== 'calendar-incomplete') return first;
  const lastTerm = compiledCalendarOf(prepared)?.terms.at(-1);
  return lastTerm !== undefined && second <= lastTerm.end ? dueWith(second, { isOrWithin: true }) : first;
}

function computeFirstClock(
  rule: DeadlineRule,
  prepared: PreparedCase,
  from: number,
  alreadyCounted: number,
): DueResult {
  const count = rule.count - alreadyCounted;
  switch (rule.basis) {
    case 'calendar-days': {
      if (rule.yearEnd !== undefined) {
        const calendar = compiledCalendarOf(prepared);
        const yearEnd = calendar === undefined ? undefined : calendarYearEndDue(rule, prepared, calendar, from);
        if (yearEnd !== undefined) return yearEnd;
      }
      if (rule.breakExclusion !== undefined) {
        const calendar = compiledCalendarOf(prepared);
        if (calendar === undefined) return dueWith(null, { problem: 'calendar-needed' });
        const result = nthCalendarDayExcludingBreaks(calendar, from, count, rule.breakExclusion);
        return result.due === null
          ? dueWith(null, { problem: 'calendar-incomplete' })
          : dueWith(result.due, { skipped: result.skipped });
      }
      return recordsAccessDue(rule, prepared, from, from + count);
    }
    case 'school-days':
    case 'instructional-days':
    case 'school-working-days':
      return schoolDayDue(rule, prepared, from, count);
    case 'business-days':
      // California's 5 business days for records also end before a meeting (Cal. Educ. Code 56504).
      return recordsAccessDue(rule, prepared, from, nthBusinessDayAfter(from, count, prepared.holidays));
    case 'years':
      return dueOn(addYearsToEpochDay(from, rule.count));
    case 'school-year': {
      // The last day of the school year the clock started in (the trigger is the term's first day).
      const calendar = compiledCalendarOf(prepared);
      if (calendar === undefined) return dueWith(null, { problem: 'calendar-needed' });
      const term = termContaining(calendar, from);
      return term === undefined
        ? dueWith(null, { problem: 'calendar-incomplete' })
        : dueWith(term.end, { schoolYearStart: term.start });
    }
    case 'age': {
      const birthday = birthdayAtAgeEpochDay(from, rule.count - (rule.yearsBeforeAge ?? 0));
      if (rule.orOnEnteringGrade === undefined) return dueOn(birthday);
      return earlierOfBirthdayAndGrade(from, birthday, prepared, rule.orOnEnteringGrade.grade);
    }
  }
}

/**
 * "At 14 or on entering grade 8, whichever is first": the day the student starts that grade, from
 * `student.gradeStarts`. When only other grades are dated, the nearest one is moved by whole years
 * (one grade a year; D3's same-month-and-day rule), and the explanation says it was projected.
 */
function earlierOfBirthdayAndGrade(born: number, birthday: number, prepared: PreparedCase, grade: number): DueResult {
  let nearest: { readonly grade: number; readonly day: number } | undefined;
  for (const start of prepared.gradeStarts) {
    if (nearest === undefined || Math.abs(start.grade - grade) < Math.abs(nearest.grade - grade)) nearest = start;
  }
  if (nearest === undefined) return dueOn(birthday);
  const isProjected = nearest.grade !== grade;
  const start = isProjected ? addYearsToEpochDay(nearest.day, grade - nearest.grade) : nearest.day;
  // A grade started before the birth date is a slip in the case file, not an earlier deadline.
  return start < birthday && start > born ? dueWith(start, { gradeStart: { isProjected } }) : dueOn(birthday);
}

/**
 * Records access: the day before the earliest meeting (of the listed kinds, scheduled on or before
 * the as-of date, meeting strictly after the request) when that comes before the 45th day.
 */
function recordsAccessDue(rule: DeadlineRule, prepared: PreparedCase, from: number, due: number): DueResult {
  const kinds = rule.shortenedByMeetingKinds;
  if (kinds === undefined) return dueOn(due);
  let meetingDay: number | undefined;
  for (const scheduled of eventsOfType(prepared, 'meeting-scheduled')) {
    const event = scheduled.event as { readonly kind?: string; readonly meetingDate?: string };
    if (event.kind === undefined || !kinds.includes(event.kind) || event.meetingDate === undefined) continue;
    const day = toEpochDay(event.meetingDate);
    if (day > from && (meetingDay === undefined || day < meetingDay)) meetingDay = day;
  }
  if (meetingDay !== undefined && meetingDay - 1 < due) return dueWith(meetingDay - 1, { meetingDay });
  return dueOn(due);
}

/** School days between two days, for a pause; zero without a calendar. */
export function schoolDaysUsed(prepared: PreparedCase, from: number, to: number): number {
  const calendar = compiledCalendarOf(prepared);
  return calendar === undefined ? 0 : schoolDaysBetween(calendar, from, to);
}

/** The next school year (term) after `term`, if the calendar has it. */
function nextTermAfter(
  calendar: CompiledSchoolCalendar,
  end: number,
): { readonly start: number; readonly end: number } | undefined {
  return calendar.terms.find((candidate) => candidate.start > end);
}

/**
 * Year-end rules of calendar-day clocks (California's 10 days after the next year starts, Texas'
 * ARD in summer): the due date when the rule's condition holds, `undefined` to count normally.
 */
function calendarYearEndDue(
  rule: DeadlineRule,
  prepared: PreparedCase,
  calendar: CompiledSchoolCalendar,
  from: number,
): DueResult | undefined {
  const yearEnd = rule.yearEnd;
  if (yearEnd === undefined) return undefined;
  if (yearEnd.id === 'days-after-next-year-start') {
    const on = yearEnd.conditionOn === 'referral' ? lastReferralOnOrBefore(prepared, from) : from;
    const term = on === undefined ? undefined : termContaining(calendar, on);
    if (on === undefined || term === undefined || term.end - on > yearEnd.withinDays) return undefined;
    const next = nextTermAfter(calendar, term.end);
    return next === undefined
      ? dueWith(null, { problem: 'calendar-incomplete' })
      : dueWith(next.start + yearEnd.withinDays, { isYearEnd: true });
  }
  if (yearEnd.id !== 'summer-to-next-year') return undefined;
  const consent = lastEventOnOrBefore(prepared, 'evaluation-consent-received', from);
  if (consent !== undefined) {
    const first = calendar.schoolDays[firstSchoolDayIndexAfter(calendar, consent)];
    const term = first === undefined ? undefined : termContaining(calendar, first);
    if (term !== undefined) {
      const left = schoolDaysBetween(calendar, consent, term.end);
      if (left >= yearEnd.consentMinDaysLeft && left <= yearEnd.consentMaxDaysLeft) {
        const next = nextTermAfter(calendar, term.end);
        const due = next === undefined ? null : nthSchoolDayAfter(calendar, next.start - 1, yearEnd.nextYearSchoolDay);
        return due === null
          ? dueWith(null, { problem: 'calendar-incomplete' })
          : dueWith(due, { isYearEnd: true, yearEndLabel: yearEnd.nextYearLabel });
      }
    }
  }
  const due = from + rule.count;
  if (calendar.terms.some((term) => term.start <= due && due <= term.end)) return dueOn(due);
  const next = nextTermAfter(calendar, due);
  if (next === undefined) return dueWith(null, { problem: 'calendar-incomplete' });
  const firstDay = calendar.schoolDays[firstSchoolDayIndexAfter(calendar, next.start - 1)];
  return dueWith(firstDay ?? next.start, { isYearEnd: true });
}

/** The day of the last event of a type dated on or before `day`. */
function lastEventOnOrBefore(
  prepared: PreparedCase,
  type: 'evaluation-consent-received',
  day: number,
): number | undefined {
  let found: number | undefined;
  for (const event of eventsOfType(prepared, type)) {
    if (event.day > day) break;
    found = event.day;
  }
  return found;
}

/** The day of the case's latest referral (or written request, when it has no referral) on or before `day`. */
function lastReferralOnOrBefore(prepared: PreparedCase, day: number): number | undefined {
  let found: number | undefined;
  for (const referral of referralEvents(prepared)) if (referral.day <= day) found = referral.day;
  return found;
}

/**
 * A clock that ends `count` days before a scheduled meeting: calendar days (Tennessee's notice and
 * draft IEP), business days (the District's documents) or school days (Texas' report before the ARD
 * meeting; without a calendar, `calendar-needed`).
 */
export function beforeMeetingDue(rule: DeadlineRule, prepared: PreparedCase, scheduled: CaseEvent): DueResult {
  const meetingDate = (scheduled as { readonly meetingDate?: string }).meetingDate;
  if (meetingDate === undefined) return dueOn(null);
  const meetingDay = toEpochDay(meetingDate);
  if (rule.basis === 'business-days') {
    return dueWith(nthBusinessDayBefore(meetingDay, rule.count, prepared.holidays), { beforeMeetingDay: meetingDay });
  }
  if (rule.basis === 'school-days') {
    const calendar = compiledCalendarOf(prepared);
    if (calendar === undefined) return dueWith(null, { problem: 'calendar-needed', beforeMeetingDay: meetingDay });
    const due = nthSchoolDayBefore(calendar, meetingDay, rule.count);
    return due === null
      ? dueWith(null, { problem: 'calendar-incomplete', beforeMeetingDay: meetingDay })
      : dueWith(due, { beforeMeetingDay: meetingDay });
  }
  return dueWith(meetingDay - rule.count, { beforeMeetingDay: meetingDay });
}
