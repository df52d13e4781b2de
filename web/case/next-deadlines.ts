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

/** A child's deadlines read top-down by urgency: what is overdue, what is still to come, what is past. */
export interface DeadlinesByUrgency {
  /** Overdue school deadlines and closed filing windows, the longest overdue first. */
  readonly overdue: Deadline[];
  /** Open deadlines, the soonest first, then those whose date cannot be counted yet. */
  readonly upcoming: Deadline[];
  /** Met or late: done, the most recent first. */
  readonly past: Deadline[];
}

const byDue = (a: Deadline, b: Deadline) => (a.due ?? '9999-12-31').localeCompare(b.due ?? '9999-12-31');

export function deadlinesByUrgency(deadlines: readonly Deadline[]): DeadlinesByUrgency {
  return {
    overdue: deadlines.filter((d) => d.status === 'overdue').sort(byDue),
    upcoming: deadlines.filter((d) => d.status === 'open' || d.status === 'unknown').sort(byDue),
    past: deadlines.filter((d) => d.status === 'met' || d.status === 'late').sort((a, b) => byDue(b, a)),
  };
}
