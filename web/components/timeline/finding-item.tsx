import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { Finding } from '../../../core/timeline/timeline-result';
import { localized } from '../../i18n/localized';
import { RuleCheck } from './rule-check';
import { SeverityLabel } from './severity-label';

/**
 * One compliance finding: severity in words, the explanation in the UI language, its citation, and what to do
 * about it when the page has a way (`action`, e.g. a link to the school calendar).
 */
export function FindingItem({
  finding,
  action,
  jurisdiction,
}: {
  finding: Finding;
  action?: ReactNode;
  /** The child's jurisdiction, for "Not right?"'s link to how Binder covers its law. */
  jurisdiction?: string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <div className={`finding finding-${finding.severity}`}>
      <p>
        <SeverityLabel severity={finding.severity} /> {localized(finding.explanation, i18n.language)}
      </p>
      <p className="finding-source">
        {t('deadline.citation')}: <span className="citation">{finding.citation}</span>
        {finding.ruleStatus === undefined
          ? null
          : ` · ${localized(ruleStatusLabel(finding.ruleStatus), i18n.language)}`}
      </p>
      {action === undefined ? null : <p>{action}</p>}
      <RuleCheck
        summary={finding.explanation}
        citation={finding.citation}
        status={finding.ruleStatus}
        rule={finding.rule}
        jurisdiction={jurisdiction}
      />
    </div>
  );
}
