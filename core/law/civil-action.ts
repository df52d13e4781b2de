import type { DeadlineRule } from './deadline-rule';

/**
 * A state's limit for a civil action after the hearing decision (34 CFR 300.516(b) lets the state set
 * it): a family's window of `count` calendar days from `hearing-decided`, closed by `civil-action-filed`.
 */
export function civilActionWindowRule(
  state: string,
  fields: Pick<DeadlineRule, 'count' | 'summary' | 'citation' | 'sourceUrl' | 'status'>,
): DeadlineRule {
  return {
    ...fields,
    id: `${state.toLowerCase()}.civil-action-window`,
    kind: 'civil-action-window',
    jurisdiction: state,
    source: 'state',
    basis: 'calendar-days',
    basisText: `${String(fields.count)} calendar days`,
    trigger: { from: 'events', events: [{ type: 'hearing-decided' }] },
    completedBy: [{ type: 'civil-action-filed' }],
    isCompletedOnlyByLaterEvent: false,
    isWhileIepInEffect: false,
    isWindow: true,
    obligedParty: 'family',
  };
}
