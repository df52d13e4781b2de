import type { TFunction } from 'i18next';
import { findRule } from '../../core/law/rule-registry';

/**
 * How a rule counts, in the UI language ("45 school days", "45 días escolares"; a clock counted back from a
 * scheduled meeting says so: "5 school days before the meeting"); the API's English otherwise.
 */
export function ruleBasisText(ruleId: string, fallback: string, t: TFunction): string {
  const rule = findRule(ruleId);
  if (rule === undefined || !('basis' in rule)) return fallback;
  const days = t(`basis.${rule.basis}`, { count: rule.count });
  return rule.trigger.from === 'meeting-date' ? t('basis.beforeMeeting', { days }) : days;
}
