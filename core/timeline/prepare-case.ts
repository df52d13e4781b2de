import { compileSchoolCalendar, hasTerms } from '../calendar/school-calendar';
import type { CompiledSchoolCalendar, SchoolCalendarInput } from '../calendar/school-calendar';
import { toEpochDay } from '../calendar/epoch-day';
import type { CaseEvent, CaseFile, EventType } from '../schemas/case-file';
import { EVENT_TYPE_COUNT, eventTypeId, eventTypeIdOf } from './event-type-ids';

/** An event with its date as a day number; `order` keeps the case file's order for same-day ties. */
export interface PreparedEvent {
  readonly type: string;
  readonly day: number;
  readonly date: string;
  readonly order: number;
  readonly event: CaseEvent;
  /**
   * The output's `trigger` object for this event (`{ type, date }`), made on first use and shared by every deadline
   * and reminder the event triggers in this result (docs/decisions/0061): an object fewer per deadline. Reach it
   * through {@link triggerOf}.
   */
  sharedTrigger: EventTrigger | undefined;
}

/** The `trigger` of a deadline or reminder in the output. */
export interface EventTrigger {
  type: string;
  date: string;
}

/** Every PreparedEvent is made here, so that all have one object shape (docs/decisions/0059). */
export function preparedEvent(type: string, day: number, date: string, order: number, event: CaseEvent): PreparedEvent {
  return { type, day, date, order, event, sharedTrigger: undefined };
}

/** The output's `trigger` for an event, one object per event and result. */
export function triggerOf(event: PreparedEvent): EventTrigger {
  return (event.sharedTrigger ??= { type: event.type, date: event.date });
}

/** A case file made ready for the rules: events up to the as-of date, sorted, indexed by type. */
export interface PreparedCase {
  readonly asOf: number;
  readonly asOfDate: string;
  readonly events: readonly PreparedEvent[];
  /** The events of each type in date order, at their type's number (event-type-ids.ts); a hole when none. */
  readonly byType: readonly (readonly PreparedEvent[] | undefined)[];
  readonly birthDate: string | undefined;
  /** The birth date as a pseudo-event of type `birth-date` (what age rules count from), or none. */
  readonly birth: readonly PreparedEvent[];
  readonly disabilityCategories: readonly string[];
  /** The days the student starts a grade (`student.gradeStarts`), as day numbers. */
  readonly gradeStarts: readonly { readonly grade: number; readonly day: number }[];
  /** The school calendar when it has terms (school days can be counted), else undefined. */
  readonly schoolCalendar: SchoolCalendarInput | undefined;
  /** The case's own holiday list as day numbers (replacing the federal list), or undefined. */
  readonly holidays: ReadonlySet<number> | undefined;
}

/** The compiled school calendar of a case (memoised per calendar object), or undefined without terms. */
export function compiledCalendarOf(prepared: PreparedCase): CompiledSchoolCalendar | undefined {
  return prepared.schoolCalendar === undefined ? undefined : compileSchoolCalendar(prepared.schoolCalendar);
}

const holidaySets = new WeakMap<readonly string[], ReadonlySet<number>>();

/** A holiday list as day numbers, built once per list object (districts share calendars). */
function holidaySetOf(holidays: readonly string[]): ReadonlySet<number> {
  let set = holidaySets.get(holidays);
  if (set === undefined) {
    set = new Set(holidays.map(toEpochDay));
    holidaySets.set(holidays, set);
  }
  return set;
}

const EMPTY: readonly PreparedEvent[] = [];

/** The birth date and a school year are not events; their pseudo-events carry this placeholder record, which no rule reads. */
export const PSEUDO_EVENT_RECORD = { type: 'evaluation-requested', date: '0000-01-01' } as const satisfies CaseEvent;

function birthOf(birthDate: string | undefined): readonly PreparedEvent[] {
  if (birthDate === undefined) return EMPTY;
  return [preparedEvent('birth-date', toEpochDay(birthDate), birthDate, -1, PSEUDO_EVENT_RECORD)];
}

/** Events of one type, in date order (empty when there are none). */
export function eventsOfType(prepared: PreparedCase, type: EventType): readonly PreparedEvent[] {
  return prepared.byType[eventTypeId(type)] ?? EMPTY;
}

/** Events of the type numbered `typeId` (event-type-ids.ts), in date order (empty when there are none). */
export function eventsOfTypeId(prepared: PreparedCase, typeId: number): readonly PreparedEvent[] {
  return prepared.byType[typeId] ?? EMPTY;
}

/**
 * Drops events after the as-of date (the contract: the case as it stood that day), sorts the rest
 * by date with file order breaking ties, and indexes them by type (an array by type number).
 */
export function prepareCase(caseFile: CaseFile, asOf: string): PreparedCase {
  const asOfDay = toEpochDay(asOf);
  const events: PreparedEvent[] = [];
  let isSorted = true;
  let lastDay = -Infinity;
  const source = caseFile.events;
  for (let order = 0; order < source.length; order++) {
    const event = source[order];
    if (event === undefined) continue;
    const day = toEpochDay(event.date);
    if (day > asOfDay) continue;
    if (day < lastDay) isSorted = false;
    lastDay = day;
    events.push(preparedEvent(event.type, day, event.date, order, event));
  }
  if (!isSorted) sortByDayThenOrder(events);
  // An event of a type the format does not know is kept in `events` but not indexed: no pattern names its type.
  const byType = new Array<PreparedEvent[] | undefined>(EVENT_TYPE_COUNT);
  for (const event of events) {
    const typeId = eventTypeIdOf(event.type);
    if (typeId === undefined) continue;
    const list = byType[typeId];
    if (list === undefined) byType[typeId] = [event];
    else list.push(event);
  }
  const calendar = caseFile.calendar;
  return {
    asOf: asOfDay,
    asOfDate: asOf,
    events,
    byType,
    birthDate: caseFile.student?.birthDate,
    birth: birthOf(caseFile.student?.birthDate),
    disabilityCategories: caseFile.student?.disabilityCategories ?? [],
    gradeStarts: gradeStartsOf(caseFile),
    schoolCalendar: hasTerms(calendar) ? calendar : undefined,
    holidays: calendar?.holidays === undefined ? undefined : holidaySetOf(calendar.holidays),
  };
}

const NO_GRADES: PreparedCase['gradeStarts'] = [];

function gradeStartsOf(caseFile: CaseFile): PreparedCase['gradeStarts'] {
  const starts = caseFile.student?.gradeStarts;
  if (starts === undefined || starts.length === 0) return NO_GRADES;
  return starts.map((start) => ({ grade: start.grade, day: toEpochDay(start.date) }));
}

/** Date order, the case file's order breaking ties. */
export function byDayThenOrder(a: PreparedEvent, b: PreparedEvent): number {
  return a.day - b.day || a.order - b.order;
}

/**
 * Sorts events by {@link byDayThenOrder} in place. An insertion sort: a case has a few dozen events, often
 * nearly in order, and `Array.prototype.sort` with a comparator costs a call per comparison. Day and
 * file order never tie, so the order is the same as any correct sort's.
 */
export function sortByDayThenOrder(events: PreparedEvent[]): void {
  for (let index = 1; index < events.length; index++) {
    const current = events[index] as PreparedEvent;
    let position = index - 1;
    while (position >= 0) {
      const before = events[position] as PreparedEvent;
      if (before.day < current.day || (before.day === current.day && before.order < current.order)) break;
      events[position + 1] = before;
      position--;
    }
    events[position + 1] = current;
  }
}
