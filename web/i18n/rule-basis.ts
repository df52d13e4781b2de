import type { TFunction } from 'i18next';
import { findRule } from '../../core/law/rule-registry';

/** How a rule counts, in the UI language ("45 school days", "45 días escolares"); the API's English otherwise. */
export function ruleBasisText(ruleId: string, fallback: string, t: TFunction): string {
  const rule = findRule(ruleId);
  if (rule === undefined || !('basis' in rule)) return fallback;
  return t(`basis.${rule.basis}`, { count: rule.count });
}
