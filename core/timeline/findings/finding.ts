import type { LocalizedText, RuleStatus } from '../../law/rule-status';
import { textOnReadAfterEnglish } from '../text-on-read';
import type { TextWriter } from '../text-on-read';
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

/**
 * Builds a finding whose texts are written when read (docs/decisions/0054) by `write(first, second, language)`:
 * the English is written once, now, for `message`, and the explanation starts with it instead of reading it back
 * through its Proxy. For the findings a case gives several of (`deadline-missed`).
 */
export function findingWrittenOnRead<First, Second>(
  code: FindingCode,
  severity: Severity,
  write: TextWriter<First, Second>,
  first: First,
  second: Second,
  citation: string,
  rule: string,
  ruleStatus: RuleStatus,
): Finding {
  const message = write(first, second, 'en');
  return {
    code,
    severity,
    message,
    citation,
    explanation: textOnReadAfterEnglish(write, first, second, message),
    ruleStatus,
    rule,
  };
}
