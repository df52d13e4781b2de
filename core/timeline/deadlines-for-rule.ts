import { fromEpochDay, toEpochDay } from '../calendar/epoch-day';
import { kindOrder } from '../law/deadline-kinds';
import type { DeadlineRule } from '../law/deadline-rule';
import { beforeMeetingDue, computeDue, schoolDaysUsed } from './compute-due';
import type { DueResult } from './compute-due';
import { conventionsFor } from './conventions';
import { explainDeadline } from './explain-deadline';
import { eventsMatching, firstMatchFrom, referralEvents } from './match-events';
import { isInSpans } from './plan-spans';
import type { PlanSpan } from './plan-spans';
import { compiledCalendarOf, eventsOfType } from './prepare-case';
import type { PreparedCase, PreparedEvent } from './prepare-case';
import type { CaseEvent } from '../schemas/case-file';
import type { Deadline, DeadlineStatus } from './timeline-result';

/** A computed deadline plus what the findings need (kept out of the output). */
export interface DeadlineOccurrence {
  readonly deadline: Deadline;
  readonly rule: DeadlineRule;
  readonly triggerDay: number;
  readonly dueDay: number | null;
  readonly problem: DueResult['problem'];
  /** Position of the kind in the contract's table, for ordering ties. */
  readonly kindOrder: number;
}

/** The events that start a rule's clocks; the birth date becomes a pseudo-event of type `birth-date`. */
function triggersOf(rule: DeadlineRule, prepared: PreparedCase): readonly PreparedEvent[] {
  switch (rule.trigger.from) {
    case 'birth-date': {
      const birthDate = prepared.birthDate;
      if (birthDate === undefined) return [];
      return [{ type: 'birth-date', day: toEpochDay(birthDate), date: birthDate, order: -1, event: BIRTH }];
    }
    case 'referral':
      return referralEvents(prepared);
    case 'events':
      return eventsMatching(prepared, rule.trigger.events);
    case 'meeting-date': {
      const { kinds, purposes } = rule.trigger;
      return eventsOfType(prepared, 'meeting-scheduled').filter((scheduled) => {
        const event = scheduled.event as { readonly kind?: string; readonly purpose?: string };
        return kinds.includes(event.kind ?? '') && (purposes === undefined || purposes.includes(event.purpose ?? ''));
      });
    }
    case 'school-year':
      return schoolYearsOf(prepared);
  }
}

/** Each school year (term) of the case's calendar that has begun by the as-of date, as a pseudo-event on its first day. */
function schoolYearsOf(prepared: PreparedCase): readonly PreparedEvent[] {
  const terms = compiledCalendarOf(prepared)?.terms ?? [];
  return terms
    .filter((term) => term.start <= prepared.asOf)
    .map((term) => {
      const date = fromEpochDay(term.start);
      return { type: 'school-year', day: term.start, date, order: -1, event: BIRTH };
    });
}

// The birth date and a school year are not events; their pseudo-events carry a placeholder record that no rule reads.
const BIRTH = { type: 'evaluation-requested', date: '0000-01-01' } as const satisfies CaseEvent;

function isOral(trigger: PreparedEvent): boolean {
  return (trigger.event as { readonly oral?: boolean }).oral === true;
}

/** The contract's statuses: met, late, overdue, open, unknown. */
export function statusOf(due: number | null, completedOn: number | null, asOf: number): DeadlineStatus {
  if (due === null) return 'unknown';
  if (completedOn !== null) return completedOn <= due ? 'met' : 'late';
  return asOf > due ? 'overdue' : 'open';
}

/**
 * Every occurrence of one rule in a case: one per trigger, with its due date, completion, status
 * and explanation. Rules "while an IEP is in effect" keep only occurrences whose due date falls in
 * an IEP span.
 */
export function deadlinesForRule(
  rule: DeadlineRule,
  prepared: PreparedCase,
  iepSpans: readonly PlanSpan[],
): DeadlineOccurrence[] {
  const effectiveFrom = rule.effectiveFrom === undefined ? -Infinity : toEpochDay(rule.effectiveFrom);
  const occurrences: DeadlineOccurrence[] = [];
  const conventions = conventionsFor(rule);
  const order = kindOrder(rule.kind);
  for (const trigger of triggersOf(rule, prepared)) {
    if (trigger.day < effectiveFrom) continue;
    let result: DueResult;
    let pausedUntil: number | undefined;
    if (rule.trigger.from === 'meeting-date') {
      result = beforeMeetingDue(rule, prepared, trigger.event);
    } else if (rule.pause === undefined) {
      result = computeDue(rule, prepared, trigger.day);
    } else {
      const until = firstMatchFrom(prepared, rule.pause.until, trigger.day);
      if (until === null) continue;
      const pauseStart = firstMatchFrom(prepared, rule.pause.from, trigger.day);
      const stop = pauseStart === null || pauseStart.day > until.day ? trigger.day : pauseStart.day;
      const used = schoolDaysUsed(prepared, trigger.day, stop);
      if (used >= rule.count) {
        result = computeDue(rule, prepared, trigger.day);
      } else {
        pausedUntil = until.day;
        result = computeDue(rule, prepared, until.day, used);
      }
    }
    const due = result.due;
    if (rule.isWhileIepInEffect && due !== null && !isInSpans(iepSpans, due)) continue;
    const completion = firstMatchFrom(
      prepared,
      rule.completedBy,
      rule.isCompletedOnlyByLaterEvent ? trigger.day + 1 : trigger.day,
    );
    const completedDay = completion?.day ?? null;
    const deadline: Deadline = {
      kind: rule.kind,
      due: due === null ? null : fromEpochDay(due),
      status: statusOf(due, completedDay, prepared.asOf),
      trigger: { type: trigger.type, date: trigger.date },
      completedOn: completion === null ? null : completion.date,
      rule: rule.id,
      basis: rule.basisText,
      citation: rule.citation,
      ruleStatus: rule.status,
      explanation: explainDeadline(rule, trigger.type, trigger.day, isOral(trigger), result, pausedUntil),
      conventions,
      isWindow: rule.isWindow,
    };
    if (rule.measuredTo !== undefined) deadline.measuredTo = rule.measuredTo;
    occurrences.push({
      deadline,
      rule,
      triggerDay: trigger.day,
      dueDay: due,
      problem: result.problem,
      kindOrder: order,
    });
  }
  return occurrences;
}
