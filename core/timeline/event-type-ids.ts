import { EVENT_TYPES } from '../schemas/case-file';
import type { EventType } from '../schemas/case-file';

/**
 * Event types as small numbers (their position in the format's list), so that a case's events can be indexed
 * by type in an array and a rule's event patterns can name their type's slot directly. A string-keyed map was
 * filled for every case and read again for every pattern of every rule (its look-ups alone about 5 % of the
 * engine's profile; docs/decisions/0057).
 */

const IDS: ReadonlyMap<string, number> = new Map(EVENT_TYPES.map((type, index) => [type, index]));

/** How many event types the format knows: the length of a case's index by type. */
export const EVENT_TYPE_COUNT = EVENT_TYPES.length;

/** The number of an event type, or undefined for a type the format does not know (such an event is not indexed). */
export function eventTypeIdOf(type: string): number | undefined {
  return IDS.get(type);
}

/** The number of a type the format knows (law data and the engine's own patterns name only those). */
export function eventTypeId(type: EventType): number {
  const id = IDS.get(type);
  if (id === undefined) throw new RangeError(`unknown event type ${JSON.stringify(type)}`);
  return id;
}
