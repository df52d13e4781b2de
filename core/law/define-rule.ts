import type { CitationRecord, DeadlineRule, RuleSource } from './deadline-rule';
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

/**
 * A rule's count in words, as its `basisText` must say it: `45 school days`, `1 year`, `age 14½`. The
 * registry test holds every rule's `basisText` to it, so a rule's number and its sentence cannot disagree.
 */
export function countText(count: number, basis: DeadlineRule['basis']): string {
  if (basis === 'age') return `age ${String(Math.trunc(count))}${count % 1 === 0.5 ? '½' : ''}`;
  if (basis === 'years') return `${String(count)} ${count === 1 ? 'year' : 'years'}`;
  if (basis === 'school-year') return count === 1 ? 'each school year' : `every ${String(count)} school years`;
  return `${String(count)} ${basis.replaceAll('-', ' ')}`;
}
