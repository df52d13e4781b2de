import type { LocalizedText, RuleStatus } from '../../law/rule-status';
import type { Finding, FindingCode, Severity } from '../timeline-result';

/** Builds a finding; `message` is the English explanation (the contract's field). */
export function finding(
  code: FindingCode,
  severity: Severity,
  text: LocalizedText,
  citation: string,
  extra: { readonly rule?: string; readonly ruleStatus?: RuleStatus } = {},
): Finding {
  const result: Finding = { code, severity, message: text.en, citation, explanation: text };
  if (extra.ruleStatus !== undefined) result.ruleStatus = extra.ruleStatus;
  if (extra.rule !== undefined) result.rule = extra.rule;
  return result;
}
