import type { CitationRecord, DeadlineRule, ReminderRule, RuleSource } from './deadline-rule';
import type { LocalizedText, RuleStatus } from './rule-status';

/**
 * A state rule written as the differences from the federal rule of the same kind: the record that
 * results is complete data (nothing is looked up at run time). Fields not given keep the federal
 * value; `id`, `jurisdiction` and `source` follow from the state.
 */
export function stateRule(
  state: string,
  base: DeadlineRule,
  fields: Partial<Omit<DeadlineRule, 'id' | 'jurisdiction' | 'source'>> &
    Pick<DeadlineRule, 'summary' | 'citation' | 'sourceUrl' | 'status'>,
): DeadlineRule {
  const kind = fields.kind ?? base.kind;
  return { ...base, ...fields, kind, id: `${state.toLowerCase()}.${kind}`, jurisdiction: state, source: 'state' };
}

/** A citation record (a statement of law that is not a deadline). */
export function citationRecord(
  jurisdiction: string,
  source: RuleSource,
  id: string,
  citation: string,
  summary: LocalizedText,
  status: RuleStatus,
  sourceUrl: string,
): CitationRecord {
  return { id, jurisdiction, source, citation, summary, status, sourceUrl };
}

/** The `<count> <basis>` text of a day count, e.g. `45 school days`. */
export function daysText(count: number, basis: DeadlineRule['basis']): string {
  return `${String(count)} ${basis.replaceAll('-', ' ')}`;
}

/** Type guard that keeps reminder arrays typed as data. */
export function reminders(list: readonly ReminderRule[]): readonly ReminderRule[] {
  return list;
}
