import type { CountBase, DeadlineRule, EventMatch, ReminderRule, RuleSource } from './deadline-rule';
import { kindOrder } from './deadline-kinds';
import { JURISDICTION_NAMES, STATE_AND_DC_CODES } from './jurisdiction-names';
import { FEDERAL_DEADLINE_RULES, FEDERAL_REMINDER_RULES, rulesForJurisdiction } from './rule-registry';
import { RULE_STATUSES } from './rule-status';
import type { LocalizedText, RuleStatus } from './rule-status';

/** One record of the law as the coverage report shows it: what it says, its numbers, where it comes from. */
export interface CoverageRule {
  readonly id: string;
  /** `deadline` (dated by the engine), `reminder` (no number in the law) or `citation` (not a deadline). */
  readonly type: 'deadline' | 'reminder' | 'citation';
  readonly kind: string | null;
  readonly source: RuleSource;
  readonly summary: LocalizedText;
  /** The numbers in words (`45 school days or 90 calendar days, whichever is less`, `age 14`), or the law's timing words. */
  readonly numbers: string | null;
  readonly count: number | null;
  readonly basis: CountBase | null;
  /** The second clock of an "earlier of two clocks" rule. */
  readonly orWithin: { readonly count: number; readonly basis: CountBase } | null;
  /** What starts the clock, as event types (`referral`, `birth-date` for the other two triggers). */
  readonly startsOn: readonly string[];
  /** The event types that complete it. */
  readonly completedBy: readonly string[];
  readonly effectiveFrom: string | null;
  readonly citation: string;
  readonly status: RuleStatus;
  readonly sourceUrl: string;
}

export interface JurisdictionCoverage {
  readonly code: string;
  readonly name: LocalizedText;
  /** The jurisdiction's own records: deadline rules in kind order, then reminders and citations. */
  readonly rules: readonly CoverageRule[];
  /** Deadline kinds for which the federal rule applies because the jurisdiction has none of its own. */
  readonly federalKinds: readonly string[];
  /** How many of the jurisdiction's own records have each status. */
  readonly statusCounts: Readonly<Record<RuleStatus, number>>;
}

/** Every rule Binder holds, per jurisdiction: the 50 states and DC, and the federal rules they build on. */
export interface LawCoverage {
  readonly jurisdictions: readonly JurisdictionCoverage[];
  readonly federal: { readonly rules: readonly CoverageRule[] };
}

function triggerWords(rule: DeadlineRule): readonly string[] {
  switch (rule.trigger.from) {
    case 'events':
      return eventTypes(rule.trigger.events);
    case 'referral':
      return ['referral'];
    case 'birth-date':
      return ['birth-date'];
    case 'meeting-date':
      return ['meeting-date'];
    case 'school-year':
      return ['school-year'];
  }
}

function eventTypes(matches: readonly EventMatch[]): readonly string[] {
  return [...new Set(matches.map((match) => match.type))];
}

function fromDeadline(rule: DeadlineRule): CoverageRule {
  return {
    id: rule.id,
    type: 'deadline',
    kind: rule.kind,
    source: rule.source,
    summary: rule.summary,
    numbers: rule.basisText,
    count: rule.count,
    basis: rule.basis,
    orWithin: rule.orWithin === undefined ? null : { count: rule.orWithin.count, basis: rule.orWithin.basis },
    startsOn: triggerWords(rule),
    completedBy: eventTypes(rule.completedBy),
    effectiveFrom: rule.effectiveFrom ?? null,
    citation: rule.citation,
    status: rule.status,
    sourceUrl: rule.sourceUrl,
  };
}

function fromReminder(rule: ReminderRule): CoverageRule {
  return {
    id: rule.id,
    type: 'reminder',
    kind: rule.kind,
    source: rule.source,
    summary: rule.summary,
    numbers: rule.timing.en,
    count: null,
    basis: null,
    orWithin: null,
    startsOn: eventTypes(rule.trigger),
    completedBy: eventTypes(rule.resolvedBy),
    effectiveFrom: null,
    citation: rule.citation,
    status: rule.status,
    sourceUrl: rule.sourceUrl,
  };
}

function countStatuses(rules: readonly CoverageRule[]): Record<RuleStatus, number> {
  const counts = Object.fromEntries(RULE_STATUSES.map((status) => [status, 0])) as Record<RuleStatus, number>;
  for (const rule of rules) counts[rule.status] += 1;
  return counts;
}

/** One jurisdiction's records, as the report shows them (also the web app's law coverage page). */
export function jurisdictionCoverage(code: (typeof STATE_AND_DC_CODES)[number]): JurisdictionCoverage {
  const rules = rulesForJurisdiction(code);
  const own = rules.deadlineRules.filter((rule) => rule.jurisdiction === code);
  const listed: CoverageRule[] = [
    ...own.map(fromDeadline),
    ...(rules.state?.reminderRules ?? []).map(fromReminder),
    ...(rules.state?.citations ?? []).map((record): CoverageRule => ({
      id: record.id,
      type: 'citation',
      kind: null,
      source: record.source,
      summary: record.summary,
      numbers: null,
      count: null,
      basis: null,
      orWithin: null,
      startsOn: [],
      completedBy: [],
      effectiveFrom: null,
      citation: record.citation,
      status: record.status,
      sourceUrl: record.sourceUrl,
    })),
  ];
  const federalKinds = rules.deadlineRules.filter((rule) => rule.jurisdiction !== code).map((rule) => rule.kind);
  return {
    code,
    name: JURISDICTION_NAMES[code],
    rules: listed,
    federalKinds: [...new Set(federalKinds)].sort((a, b) => kindOrder(a) - kindOrder(b)),
    statusCounts: countStatuses(listed),
  };
}

/** The law coverage report, built from the rules data alone (no hand-kept table). */
export function lawCoverage(): LawCoverage {
  return {
    jurisdictions: STATE_AND_DC_CODES.map(jurisdictionCoverage).sort((a, b) => a.code.localeCompare(b.code)),
    federal: { rules: [...FEDERAL_DEADLINE_RULES.map(fromDeadline), ...FEDERAL_REMINDER_RULES.map(fromReminder)] },
  };
}
