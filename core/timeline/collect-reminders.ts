import type { ReminderRule } from '../law/deadline-rule';
import { compileReminderRules } from './compiled-rules';
import { eventsMatching, firstMatchFrom } from './match-events';
import { triggerOf } from './prepare-case';
import type { PreparedCase } from './prepare-case';
import type { Reminder } from './timeline-result';

/**
 * Reminders for the rules with no number that the case has triggered ("within a reasonable time",
 * "without unnecessary delay"): one per triggering event, with the first event that answered it.
 */
export function collectReminders(rules: readonly ReminderRule[], prepared: PreparedCase): Reminder[] {
  const reminders: Reminder[] = [];
  const days: number[] = [];
  for (const compiled of compileReminderRules(rules)) {
    const rule = compiled.rule;
    for (const trigger of eventsMatching(prepared, compiled.trigger)) {
      const from = rule.isResolvedOnlyByLaterEvent === true ? trigger.day + 1 : trigger.day;
      const resolution = compiled.resolvedBy.length === 0 ? null : firstMatchFrom(prepared, compiled.resolvedBy, from);
      days.push(trigger.day);
      const reminder: Reminder = {
        kind: rule.kind,
        rule: rule.id,
        trigger: triggerOf(trigger),
        summary: rule.summary,
        timing: rule.timing,
        citation: rule.citation,
        ruleStatus: rule.status,
        resolvedOn: resolution?.date ?? null,
      };
      if (rule.dueField !== undefined) {
        const due = (trigger.event as Readonly<Record<string, unknown>>)[rule.dueField];
        if (typeof due === 'string') reminder.due = due;
      }
      reminders.push(reminder);
    }
  }
  // Stable insertion sort by trigger day: a handful of items, and no per-call closures.
  for (let index = 1; index < reminders.length; index++) {
    const reminder = reminders[index] as Reminder;
    const day = days[index] as number;
    let position = index - 1;
    while (position >= 0 && (days[position] as number) > day) {
      reminders[position + 1] = reminders[position] as Reminder;
      days[position + 1] = days[position] as number;
      position--;
    }
    reminders[position + 1] = reminder;
    days[position + 1] = day;
  }
  return reminders;
}
