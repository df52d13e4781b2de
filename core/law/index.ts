/**
 * The law as data: federal IDEA, Section 504/OCR, FERPA and one file per state, each rule with its
 * citation, source and confirmation status. `core/timeline` interprets these records.
 */
export {
  allCitationRecords,
  allCitations,
  allDeadlineRules,
  allReminderRules,
  encodedStates,
  FEDERAL_DEADLINE_RULES,
  FEDERAL_REMINDER_RULES,
  findRule,
  hasCitation,
  rulesForJurisdiction,
} from './rule-registry';
export type { JurisdictionRules } from './rule-registry';
export { jurisdictionFacts } from './jurisdiction-facts';
export type { CountBasis, JurisdictionFacts } from './jurisdiction-facts';
export { DEADLINE_KINDS, kindOrder } from './deadline-kinds';
export type { DeadlineKind } from './deadline-kinds';
export { COUNT_BASES, OBLIGED_PARTIES, RULE_SOURCES } from './deadline-rule';
export type { CitationRecord, CountBase, DeadlineRule, EventMatch, ReminderRule, RuleTrigger } from './deadline-rule';
export { JURISDICTION_NAMES, isJurisdictionCode } from './jurisdiction-names';
export type { JurisdictionCode } from './jurisdiction-names';
export { RULE_STATUSES } from './rule-status';
export type { Cited, LocalizedText, RuleStatus } from './rule-status';
export type { StateRules } from './state-rules';
