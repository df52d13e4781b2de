import { rulesForJurisdiction } from '../law/rule-registry';
import type { DeadlineRule, ReminderRule } from '../law/deadline-rule';
import { fitsMatch } from './match-events';

/** An event as the event form is about to record it: its type, date and the type's own fields. */
export type DraftEvent = { readonly type: string; readonly date: string } & Readonly<Record<string, unknown>>;

/** What recording an event does to the clocks of a jurisdiction, read from the rules data. */
export interface EventEffects {
  /** Deadline rules this event starts a clock for. */
  readonly starts: readonly DeadlineRule[];
  /** Deadline rules this event satisfies (a clock it can stop). */
  readonly completes: readonly DeadlineRule[];
  /** Rules with no number ("a reasonable time") this event calls for. */
  readonly reminders: readonly ReminderRule[];
  /** Rules with no number this event answers. */
  readonly answers: readonly ReminderRule[];
}

function isStartedBy(rule: DeadlineRule, event: DraftEvent): boolean {
  if (rule.effectiveFrom !== undefined && event.date !== '' && event.date < rule.effectiveFrom) return false;
  switch (rule.trigger.from) {
    case 'events':
      return rule.trigger.events.some((match) => fitsMatch(event, match));
    case 'referral':
      // The referral, or (when the case has none) each written request to evaluate.
      return event.type === 'referral-received' || (event.type === 'evaluation-requested' && event.oral !== true);
    case 'birth-date':
    case 'school-year':
      return false;
    case 'meeting-date':
      return (
        event.type === 'meeting-scheduled' &&
        rule.trigger.kinds.includes(String(event.kind)) &&
        (rule.trigger.purposes === undefined || rule.trigger.purposes.includes(String(event.purpose)))
      );
  }
}

/**
 * Which deadlines an event would start or satisfy for a child in `jurisdiction`, so the form can say so
 * before saving ("This starts the 45-school-day evaluation clock"). Rules for one disability category
 * only are left out: the form does not know the child's categories.
 */
export function eventEffects(jurisdiction: string, event: DraftEvent): EventEffects {
  const rules = rulesForJurisdiction(jurisdiction);
  const deadlineRules = rules.deadlineRules.filter((rule) => rule.appliesToCategory === undefined);
  return {
    starts: deadlineRules.filter((rule) => isStartedBy(rule, event)),
    completes: deadlineRules.filter((rule) => rule.completedBy.some((match) => fitsMatch(event, match))),
    reminders: rules.reminderRules.filter((rule) => rule.trigger.some((match) => fitsMatch(event, match))),
    answers: rules.reminderRules.filter((rule) => rule.resolvedBy.some((match) => fitsMatch(event, match))),
  };
}
