import { RULE_STATUSES } from '../law/rule-status';
import type { Cited, RuleStatus } from '../law/rule-status';

/**
 * The least certain of several statuses: a statement resting on several sources is only as sure
 * as its weakest one (`RULE_STATUSES` runs from most to least certain).
 */
export function weakestStatus(statuses: readonly RuleStatus[]): RuleStatus {
  let worst = 0;
  for (const status of statuses) worst = Math.max(worst, RULE_STATUSES.indexOf(status));
  return RULE_STATUSES[worst] ?? 'unconfirmed';
}

/** Several sources as one: citations joined with "; " (each once, in order), status the weakest. */
export function combineCited(sources: readonly Cited[]): Cited {
  const citations: string[] = [];
  for (const source of sources) if (!citations.includes(source.citation)) citations.push(source.citation);
  return { citation: citations.join('; '), status: weakestStatus(sources.map((source) => source.status)) };
}
