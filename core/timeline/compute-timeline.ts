import type { DeadlineRule } from '../law/deadline-rule';
import { rulesForJurisdiction } from '../law/rule-registry';
import type { CaseFile } from '../schemas/case-file';
import { isIsoDate } from '../schemas/iso-date';
import { collectReminders } from './collect-reminders';
import { compileRules } from './compiled-rules';
import type { CompiledRule } from './compiled-rules';
import { describeConventions } from './conventions';
import { deadlinesForRule } from './deadlines-for-rule';
import { DeadlineTable } from './deadlines-for-rule';
import { findDeadlineFindings, findStateRulesMissing } from './findings/find-deadline-findings';
import { findMissingTeamMembers, findUnansweredRequests } from './findings/find-event-findings';
import { find504InsteadOfEvaluation, findBothPlans } from './findings/find-plan-findings';
import { planSpans } from './plan-spans';
import { prepareCase } from './prepare-case';
import type { TimelineResult } from './timeline-result';

const hasCategoryRules = new WeakMap<readonly DeadlineRule[], boolean>();

/** Rules that apply to this student: category-specific rules in, and the kinds they replace out. */
function rulesForStudent(rules: readonly DeadlineRule[], categories: readonly string[]): readonly CompiledRule[] {
  const compiled = compileRules(rules);
  let hasCategory = hasCategoryRules.get(rules);
  if (hasCategory === undefined) {
    hasCategory = rules.some(isCategoryRule);
    hasCategoryRules.set(rules, hasCategory);
  }
  if (!hasCategory) return compiled;
  const applicable: CompiledRule[] = [];
  const replaced = new Set<string>();
  for (const entry of compiled) {
    const rule = entry.rule;
    if (rule.appliesToCategory !== undefined && !categories.includes(rule.appliesToCategory)) continue;
    applicable.push(entry);
    if (rule.replacesKind !== undefined) replaced.add(rule.replacesKind);
  }
  return replaced.size === 0 ? applicable : applicable.filter((entry) => !replaced.has(entry.rule.kind));
}

function isCategoryRule(rule: DeadlineRule): boolean {
  return rule.appliesToCategory !== undefined;
}

/** One table reused by every call (the engine runs to the end without yielding); a nested call gets its own. */
const sharedTable = new DeadlineTable();
let isSharedTableInUse = false;

/**
 * The deadline engine (docs/case-file-contract.md): every deadline of a case as it stood on `asOf`, with
 * status, citation and a plain explanation, plus findings, reminders for rules with no number,
 * and the counting conventions used. Pure: same input, same output, in any time zone.
 *
 * @param caseFile a case file, as `parseCaseFile` returns it
 * @param asOf the day to judge the case on, `YYYY-MM-DD`; later events are ignored
 * @throws RangeError when `asOf` is not a `YYYY-MM-DD` date
 */
export function computeTimeline(caseFile: CaseFile, asOf: string): TimelineResult {
  if (!isIsoDate(asOf)) throw new RangeError(`asOf: expected YYYY-MM-DD, got ${JSON.stringify(asOf)}`);
  const prepared = prepareCase(caseFile, asOf);
  const rules = rulesForJurisdiction(caseFile.jurisdiction);
  const iepSpans = planSpans(prepared, 'iep');
  const table = isSharedTableInUse ? new DeadlineTable() : sharedTable;
  const isShared = table === sharedTable;
  if (isShared) isSharedTableInUse = true;
  try {
    table.reset();
    let conventionsUsed = 0;
    for (const compiled of rulesForStudent(rules.deadlineRules, prepared.disabilityCategories)) {
      if (deadlinesForRule(compiled, prepared, iepSpans, table) > 0) conventionsUsed |= compiled.conventionMask;
    }
    table.sort();
    const deadlines = table.sortedDeadlines();
    const findings = findStateRulesMissing(rules);
    appendAll(findings, findBothPlans(prepared, rules, iepSpans, planSpans(prepared, '504')));
    appendAll(findings, find504InsteadOfEvaluation(prepared));
    appendAll(findings, findDeadlineFindings(table, prepared.asOf));
    table.release();
    appendAll(findings, findUnansweredRequests(prepared));
    appendAll(findings, findMissingTeamMembers(prepared));
    return {
      asOf,
      jurisdiction: rules.jurisdiction,
      deadlines,
      findings,
      reminders: collectReminders(rules.reminderRules, prepared),
      conventions: describeConventions(conventionsUsed),
    };
  } finally {
    if (isShared) isSharedTableInUse = false;
  }
}

function appendAll<T>(target: T[], items: readonly T[]): void {
  for (const item of items) target.push(item);
}
