import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { LocalizedText, RuleStatus } from '../../../core/law/rule-status';
import { localized } from '../../i18n/localized';
import { jurisdictionName } from '../../understand/jurisdiction-options';

/**
 * "Not right?" under a deadline or a finding: a disclosure (keyboard and screen readers get it from <details>)
 * saying how Binder got there — the rule in words, its citation and how sure the rule is — with a link to how
 * Binder covers the law in the child's jurisdiction and to the events, where a wrong date is corrected.
 */
export function RuleCheck(props: {
  summary: LocalizedText;
  citation: string;
  status: RuleStatus | undefined;
  rule: string | undefined;
  jurisdiction: string | undefined;
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const code = props.jurisdiction;
  const lawPath =
    code === undefined || code === '' || code.toUpperCase() === 'US'
      ? null
      : `/law/${encodeURIComponent(code.toUpperCase())}${props.rule === undefined ? '' : `#rule-${props.rule}`}`;
  return (
    <details className="rule-check">
      <summary>{t('ruleCheck.summary')}</summary>
      <p>{t('ruleCheck.intro')}</p>
      <dl className="facts">
        <div>
          <dt>{t('ruleCheck.rule')}</dt>
          <dd>{localized(props.summary, language)}</dd>
        </div>
        <div>
          <dt>{t('deadline.citation')}</dt>
          <dd className="citation">{props.citation}</dd>
        </div>
        {props.status === undefined ? null : (
          <div>
            <dt>{t('ruleCheck.status')}</dt>
            <dd>{localized(ruleStatusLabel(props.status), language)}</dd>
          </div>
        )}
      </dl>
      <p>{t('ruleCheck.correctEvent')}</p>
      {lawPath === null || code === undefined ? null : (
        <p>
          <Link to={lawPath}>
            {t('ruleCheck.lawCoverage', { place: jurisdictionName(code.toUpperCase(), language) })}
          </Link>
        </p>
      )}
    </details>
  );
}
