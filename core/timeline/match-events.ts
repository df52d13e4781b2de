import type { EventMatch } from '../law/deadline-rule';
import { WRITTEN_REQUEST } from '../law/event-matches';
import { eventTypeId } from './event-type-ids';
import { eventsOfType, eventsOfTypeId, sortByDayThenOrder } from './prepare-case';
import type { PreparedCase, PreparedEvent } from './prepare-case';

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

/**
 * An event pattern made ready for a case's index (docs/decisions/0057): its type's number, and its field tests as a
 * list. Compiled once per pattern list (a rule's, or a module's constant), never per case.
 */
export interface CompiledMatch {
  readonly typeId: number;
  /** Each listed field with the values it may take (fields listed as `undefined` test nothing, as in `fitsMatch`). */
  readonly fields: readonly FieldTest[];
}

interface FieldTest {
  readonly key: string;
  readonly allowed: readonly (string | boolean | undefined)[];
}

/** A list of compiled patterns: an event matches the list when it matches any of them. */
export type CompiledMatches = readonly CompiledMatch[];

const NO_FIELDS: readonly FieldTest[] = [];

/** The compiled form of a pattern list, in the same order. */
export function compileMatches(matches: readonly EventMatch[]): CompiledMatches {
  return matches.map(compileMatch);
}

function compileMatch(match: EventMatch): CompiledMatch {
  const where = match.where;
  if (where === undefined) return { typeId: eventTypeId(match.type), fields: NO_FIELDS };
  const fields: FieldTest[] = [];
  for (const key in where) {
    const allowed = where[key];
    if (allowed !== undefined) fields.push({ key, allowed });
  }
  return { typeId: eventTypeId(match.type), fields };
}

/** True when an event of the pattern's type has an allowed value in every tested field. */
function fitsFields(event: PreparedEvent, fields: readonly FieldTest[]): boolean {
  const record = event.event as Readonly<Record<string, unknown>>;
  for (const test of fields) {
    if (!test.allowed.includes(record[test.key] as string | boolean | undefined)) return false;
  }
  return true;
}

const NONE: readonly PreparedEvent[] = [];

/** Every event matching any of the patterns, in date order (the index's own list when no filter applies). */
export function eventsMatching(prepared: PreparedCase, matches: CompiledMatches): readonly PreparedEvent[] {
  const only = matches.length === 1 ? matches[0] : undefined;
  if (only !== undefined && only.fields.length === 0) return eventsOfTypeId(prepared, only.typeId);
  let found: PreparedEvent[] | undefined;
  for (const match of matches) {
    for (const event of eventsOfTypeId(prepared, match.typeId)) {
      if (fitsFields(event, match.fields)) (found ??= []).push(event);
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
export function firstMatchFrom(prepared: PreparedCase, matches: CompiledMatches, day: number): PreparedEvent | null {
  let best: PreparedEvent | null = null;
  for (const match of matches) {
    const events = eventsOfTypeId(prepared, match.typeId);
    for (let index = firstIndexFrom(events, day); index < events.length; index++) {
      const event = events[index];
      if (event === undefined || (best !== null && event.day > best.day)) break;
      if (fitsFields(event, match.fields)) {
        if (best === null || event.day < best.day || event.order < best.order) best = event;
        break;
      }
    }
  }
  return best;
}

const WRITTEN_REQUEST_MATCHES = compileMatches(WRITTEN_REQUEST);

/** The referrals of a case: each `referral-received`, or when the case has none, each written request to evaluate. */
export function referralEvents(prepared: PreparedCase): readonly PreparedEvent[] {
  const referrals = eventsOfType(prepared, 'referral-received');
  return referrals.length > 0 ? referrals : eventsMatching(prepared, WRITTEN_REQUEST_MATCHES);
}
