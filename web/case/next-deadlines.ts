import type { Deadline, Finding, Reminder, Severity } from '../../core/timeline/timeline-result';

const STATUS_ORDER = { overdue: 0, open: 1, unknown: 2, late: 3, met: 4 } as const;

/** The deadlines still to act on — overdue first, then the soonest open ones, then those without a date. */
export function nextDeadlines(deadlines: readonly Deadline[], limit: number): Deadline[] {
  return deadlines
    .filter((d) => d.status === 'overdue' || d.status === 'open' || d.status === 'unknown')
    .sort(
      (a, b) =>
        STATUS_ORDER[a.status] - STATUS_ORDER[b.status] || (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31'),
    )
    .slice(0, limit);
}

const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { violation: 0, warning: 1, info: 2 };

/** Findings, the most serious first. */
export function findingsBySeverity(findings: readonly Finding[]): Finding[] {
  return [...findings].sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]);
}

/** Dated reminders not yet answered (a 504 plan's own review date), the soonest first. */
export function openDatedReminders(reminders: readonly Reminder[], limit: number): Reminder[] {
  return reminders
    .filter((reminder) => reminder.due !== undefined && reminder.resolvedOn === null)
    .sort((a, b) => (a.due ?? '').localeCompare(b.due ?? ''))
    .slice(0, limit);
}
