import { useTranslation } from 'react-i18next';
import { ruleStatusLabel } from '../../../core/guide/rule-status-label';
import type { Cited, RuleStatus } from '../../../core/law/rule-status';
import { localized } from '../../i18n/localized';

/**
 * Where a statement comes from and how sure we are of it, in words. When its sources are not all equally
 * sure, each is listed with its own status so a family knows which one to double-check.
 */
export function CitedSource({
  citation,
  status,
  sources = [],
}: {
  citation: string;
  status: RuleStatus;
  sources?: readonly Cited[];
}) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const isMixed = sources.length > 1 && sources.some((source) => source.status !== status);
  if (isMixed) {
    return (
      <div className="cited">
        <p className="cited-label">{t('understand.sources')}</p>
        <ul className="cited-list">
          {sources.map((source) => (
            <li key={`${source.citation}:${source.status}`}>
              <span className="citation">{source.citation}</span>
              {' — '}
              <span className={`rule-status rule-status-${source.status}`}>
                {localized(ruleStatusLabel(source.status), language)}
              </span>
            </li>
          ))}
        </ul>
      </div>
    );
  }
  return (
    <dl className="cited">
      <div>
        <dt>{t('understand.law')}</dt>
        <dd className="citation">{citation}</dd>
      </div>
      <div>
        <dt>{t('understand.howSure')}</dt>
        <dd className={`rule-status rule-status-${status}`}>{localized(ruleStatusLabel(status), language)}</dd>
      </div>
    </dl>
  );
}
