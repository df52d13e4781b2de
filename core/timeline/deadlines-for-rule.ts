import { fromEpochDay } from '../calendar/epoch-day';
import type { CompiledRule } from './compiled-rules';
import { beforeMeetingDue, computeDue, schoolDaysUsed } from './compute-due';
import type { DueResult } from './compute-due';
import { explainWithParts } from './explain-deadline';
import { eventsMatching, firstMatchFrom, referralEvents } from './match-events';
import { isInSpans } from './plan-spans';
import type { PlanSpan } from './plan-spans';
import { compiledCalendarOf, eventsOfType, preparedEvent, PSEUDO_EVENT_RECORD, triggerOf } from './prepare-case';
import type { PreparedCase, PreparedEvent } from './prepare-case';
import type { Deadline, DeadlineStatus } from './timeline-result';

/**
 * The deadlines of one case as the rules find them, with what the sort and the findings need, in parallel lists:
 * entry `i` of each list belongs to the `i`-th deadline found (docs/decisions/0061). Why not an object per deadline
 * holding these fields: it was one more allocation per deadline, read through by the sort's every comparison.
 * `computeTimeline` reuses one table from call to call (`reset`), so its lists of numbers, rules and problems are
 * allocated once, not per case; the deadlines get a new list per case: the table lives long (V8's old generation),
 * and every store of a new object into an old list goes through the write barrier into the remembered set.
 */
export class DeadlineTable {
  /** How many entries are in use (the lists may be longer, holding a previous case's entries). */
  count = 0;
  deadlines: Deadline[] = [];
  /** The compiled rule of each deadline (the findings read the rule, and its kind's name for their words). */
  readonly compiledRules: CompiledRule[] = [];
  readonly triggerDays: number[] = [];
  /** The due day as a day number, Infinity when unknown (so that unknown dates sort last). */
  readonly dueDays: number[] = [];
  readonly problems: DueResult['problem'][] = [];
  /** Position of the kind in the contract's table, for ordering ties. */
  readonly kindOrders: number[] = [];
  /** The entries' indices in the output's order, once {@link DeadlineTable.sort} has run. */
  readonly order: number[] = [];

  reset(): void {
    this.count = 0;
    this.deadlines = [];
  }

  add(
    deadline: Deadline,
    compiled: CompiledRule,
    triggerDay: number,
    dueDay: number | null,
    problem: DueResult['problem'],
  ): void {
    const index = this.count++;
    this.deadlines[index] = deadline;
    this.compiledRules[index] = compiled;
    this.triggerDays[index] = triggerDay;
    this.dueDays[index] = dueDay === null ? Infinity : dueDay;
    this.problems[index] = problem;
    this.kindOrders[index] = compiled.kindOrder;
  }

  /**
   * Fills `order`: due date (unknown last), then trigger date, then the contract's table order, ties in the order
   * found. An insertion sort: stable, and for the few dozen deadlines of one case much faster than
   * `Array.prototype.sort` with a comparator (which dominated the engine's profile).
   */
  sort(): void {
    const { order, dueDays, triggerDays, kindOrders } = this;
    for (let index = 0; index < this.count; index++) {
      const dueDay = dueDays[index] as number;
      const triggerDay = triggerDays[index] as number;
      const kindOrder = kindOrders[index] as number;
      let position = index - 1;
      while (position >= 0) {
        const other = order[position] as number;
        const otherDue = dueDays[other] as number;
        if (otherDue < dueDay) break;
        if (otherDue === dueDay) {
          const otherTrigger = triggerDays[other] as number;
          if (otherTrigger < triggerDay) break;
          if (otherTrigger === triggerDay && (kindOrders[other] as number) <= kindOrder) break;
        }
        order[position + 1] = other;
        position--;
      }
      order[position + 1] = index;
    }
  }

  /** The deadlines in the output's order (after {@link DeadlineTable.sort}), as a new array. */
  sortedDeadlines(): Deadline[] {
    const sorted = new Array<Deadline>(this.count);
    for (let index = 0; index < this.count; index++)
      sorted[index] = this.deadlines[this.order[index] as number] as Deadline;
    return sorted;
  }

  /** Drops the reference to this case's deadlines, so that a reused table keeps no result alive. */
  release(): void {
    this.deadlines = NO_DEADLINES;
  }
}

const NO_DEADLINES: Deadline[] = [];

/** The events that start a rule's clocks; the birth date becomes a pseudo-event of type `birth-date`. */
function triggersOf(compiled: CompiledRule, prepared: PreparedCase): readonly PreparedEvent[] {
  const rule = compiled.rule;
  switch (rule.trigger.from) {
    case 'birth-date':
      return prepared.birth;
    case 'referral':
      return referralEvents(prepared);
    case 'events':
      return eventsMatching(prepared, compiled.triggerEvents);
    case 'meeting-date':
      return meetingsOf(prepared, rule.trigger.kinds, rule.trigger.purposes);
    case 'school-year':
      return schoolYearsOf(prepared);
  }
}

/** The `meeting-scheduled` events of the given kinds and, when named, purposes (no closure per case: this runs for every case). */
function meetingsOf(
  prepared: PreparedCase,
  kinds: readonly string[],
  purposes: readonly string[] | undefined,
): readonly PreparedEvent[] {
  const scheduled = eventsOfType(prepared, 'meeting-scheduled');
  if (scheduled.length === 0) return scheduled;
  const found: PreparedEvent[] = [];
  for (const event of scheduled) {
    const meeting = event.event as { readonly kind?: string; readonly purpose?: string };
    if (!kinds.includes(meeting.kind ?? '')) continue;
    if (purposes === undefined || purposes.includes(meeting.purpose ?? '')) found.push(event);
  }
  return found;
}

/** Each school year (term) of the case's calendar that has begun by the as-of date, as a pseudo-event on its first day. */
function schoolYearsOf(prepared: PreparedCase): readonly PreparedEvent[] {
  const terms = compiledCalendarOf(prepared)?.terms ?? [];
  return terms
    .filter((term) => term.start <= prepared.asOf)
    .map((term) => preparedEvent('school-year', term.start, fromEpochDay(term.start), -1, PSEUDO_EVENT_RECORD));
}

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
 * Every occurrence of one rule in a case, added to `table`: one per trigger, with its due
 * date, completion, status and explanation. Rules "while an IEP is in effect" keep only occurrences
 * whose due date falls in an IEP span. Returns how many were appended.
 */
export function deadlinesForRule(
  compiled: CompiledRule,
  prepared: PreparedCase,
  iepSpans: readonly PlanSpan[],
  table: DeadlineTable,
): number {
  const { rule, effectiveFrom, conventions } = compiled;
  const before = table.count;
  for (const trigger of triggersOf(compiled, prepared)) {
    if (trigger.day < effectiveFrom) continue;
    let result: DueResult;
    let pausedUntil: number | undefined;
    if (rule.trigger.from === 'meeting-date') {
      result = beforeMeetingDue(rule, prepared, trigger.event);
    } else if (rule.pause === undefined) {
      result = computeDue(rule, prepared, trigger.day);
    } else {
      const until = firstMatchFrom(prepared, compiled.pauseUntil, trigger.day);
      if (until === null) continue;
      const pauseStart = firstMatchFrom(prepared, compiled.pauseFrom, trigger.day);
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
      compiled.completedBy,
      rule.isCompletedOnlyByLaterEvent ? trigger.day + 1 : trigger.day,
    );
    const completedDay = completion?.day ?? null;
    const deadline: Deadline = {
      kind: rule.kind,
      due: due === null ? null : fromEpochDay(due),
      status: statusOf(due, completedDay, prepared.asOf),
      trigger: triggerOf(trigger),
      completedOn: completion === null ? null : completion.date,
      rule: rule.id,
      basis: rule.basisText,
      citation: rule.citation,
      ruleStatus: rule.status,
      explanation: explainWithParts(
        rule,
        compiled.sentenceParts.of(isOral(trigger) ? 'oral-evaluation-request' : trigger.type),
        trigger.day,
        result,
        pausedUntil,
      ),
      conventions,
      isWindow: rule.isWindow,
    };
    if (rule.measuredTo !== undefined) deadline.measuredTo = rule.measuredTo;
    table.add(deadline, compiled, trigger.day, due, result.problem);
  }
  return table.count - before;
}
