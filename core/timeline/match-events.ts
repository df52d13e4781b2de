import type { EventMatch } from '../law/deadline-rule';
import { WRITTEN_REQUEST } from '../law/event-matches';
import { eventsOfType, sortByDayThenOrder } from './prepare-case';
import type { PreparedCase, PreparedEvent } from './prepare-case';

/** True when the event has the match's type and every listed field takes an allowed value. */
export function matchesEvent(event: PreparedEvent, match: EventMatch): boolean {
  return event.type === match.type && fitsMatch(event.event, match);
}

/**
 * True when a plain event (`type`, `date` and its fields, as a form is about to record it) fits the match:
 * the same test the engine applies to recorded events.
 */
export function fitsMatch(fields: Readonly<Record<string, unknown>>, match: EventMatch): boolean {
  if (fields.type !== match.type) return false;
  const where = match.where;
  if (where === undefined) return true;
  for (const key in where) {
    const allowed = where[key];
    if (allowed !== undefined && !allowed.includes(fields[key] as string | boolean | undefined)) return false;
  }
  return true;
}

const NONE: readonly PreparedEvent[] = [];

/** Every event matching any of the patterns, in date order (the index's own list when no filter applies). */
export function eventsMatching(prepared: PreparedCase, matches: readonly EventMatch[]): readonly PreparedEvent[] {
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only !== undefined && only.where === undefined) return eventsOfType(prepared, only.type);
  let found: PreparedEvent[] | undefined;
  for (const match of matches) {
    for (const event of eventsOfType(prepared, match.type)) {
      if (matchesEvent(event, match)) (found ??= []).push(event);
    }
  }
  // Most rules find nothing in most cases: no new array then.
  if (found === undefined) return NONE;
  if (matches.length > 1) sortByDayThenOrder(found);
  return found;
}

/** Index of the first event dated on or after `day` in a date-ordered list. */
function firstIndexFrom(events: readonly PreparedEvent[], day: number): number {
  let low = 0;
  let high = events.length;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if ((events[mid]?.day ?? Infinity) < day) low = mid + 1;
    else high = mid;
  }
  return low;
}

/**
 * The first event matching any pattern dated on or after `day` (the contract's "completed by the
 * first qualifying event on or after its trigger"), or null. Events after the as-of date were
 * already dropped.
 */
export function firstMatchFrom(
  prepared: PreparedCase,
  matches: readonly EventMatch[],
  day: number,
): PreparedEvent | null {
  let best: PreparedEvent | null = null;
  for (const match of matches) {
    const events = eventsOfType(prepared, match.type);
    for (let index = firstIndexFrom(events, day); index < events.length; index++) {
      const event = events[index];
      if (event === undefined || (best !== null && event.day > best.day)) break;
      if (matchesEvent(event, match)) {
        if (best === null || event.day < best.day || event.order < best.order) best = event;
        break;
      }
    }
  }
  return best;
}

/** The referrals of a case: each `referral-received`, or when the case has none, each written request to evaluate. */
export function referralEvents(prepared: PreparedCase): readonly PreparedEvent[] {
  const referrals = eventsOfType(prepared, 'referral-received');
  return referrals.length > 0 ? referrals : eventsMatching(prepared, WRITTEN_REQUEST);
}
