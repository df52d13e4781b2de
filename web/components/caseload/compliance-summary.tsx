import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { dueCount } from '../../../core/compliance/compliance-measures';
import { RULE_STATUSES } from '../../../core/law/rule-status';
import type { DistrictComplianceView } from '../../../core/schemas/school-team';
import { intlLocale } from '../../i18n/languages';
import { localized } from '../../i18n/localized';
import { CitedSource } from '../app/cited-source';

type MeasureCounts = DistrictComplianceView['district']['measures'][number];

/** "75%" / "75 %": a share as a whole percent in the UI language. */
export function formatPercent(rate: number, language: string): string {
  return new Intl.NumberFormat(intlLocale(language), {
    style: 'percent',
    maximumFractionDigits: 0,
  }).format(rate);
}

/**
 * A measure's result in words and numbers: "12 of 16 initial evaluations on time — 75%", or that none has
 * come due yet. The measure's own words come from the i18n file by its id (general words for a new one).
 */
export function measureResult(counts: MeasureCounts, language: string, t: TFunction): string {
  const due = dueCount(counts);
  if (counts.rate === null || due === 0)
    return t([`compliance.measure.${counts.id}.noneDue`, 'compliance.measure.other.noneDue']);
  return t([`compliance.measure.${counts.id}.rate`, 'compliance.measure.other.rate'], {
    met: counts.met,
    count: due,
    percent: formatPercent(counts.rate, language),
  });
}

/**
 * The district's totals (overdue, upcoming in N days) and its compliance measures, each with its rate in
 * words and numbers, how the rest turned out (late, still overdue), what it measures and the law behind it.
 */
export function ComplianceSummary({ compliance }: { compliance: DistrictComplianceView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { district } = compliance;
  return (
    <>
      <section aria-labelledby="compliance-totals-title">
        <h2 id="compliance-totals-title">{t('compliance.totals.title')}</h2>
        <ul className="stat-list">
          <li className={`stat stat-overdue${district.overdue > 0 ? ' stat-bad' : ''}`}>
            <span className="stat-number">{district.overdue}</span>{' '}
            <span className="stat-words">{t('compliance.totals.overdue', { count: district.overdue })}</span>
          </li>
          <li className="stat stat-upcoming">
            <span className="stat-number">{district.upcoming}</span>{' '}
            <span className="stat-words">
              {t('compliance.totals.upcoming', { count: district.upcoming, days: compliance.upcomingDays })}
            </span>
          </li>
        </ul>
      </section>
      <section aria-labelledby="compliance-measures-title">
        <h2 id="compliance-measures-title">{t('compliance.measures.title')}</h2>
        <ul className="item-list">
          {compliance.measures.map((measure) => {
            const counts = district.measures.find((m) => m.id === measure.id) ?? {
              id: measure.id,
              met: 0,
              late: 0,
              overdue: 0,
              unanswered: 0,
              rate: null,
            };
            const status = RULE_STATUSES.find((s) => s === measure.status) ?? 'unconfirmed';
            const due = dueCount(counts);
            return (
              <li key={measure.id} className="card measure">
                <h3>{localized(measure.name, language)}</h3>
                <p className="measure-result">{measureResult(counts, language, t)}</p>
                {due === 0 ? null : (
                  <p>{t('compliance.measures.breakdown', { late: counts.late, overdue: counts.overdue })}</p>
                )}
                {counts.unanswered === 0 ? null : (
                  <p className="problem-summary">{t('compliance.measures.unanswered', { count: counts.unanswered })}</p>
                )}
                <p className="hint">{localized(measure.description, language)}</p>
                <CitedSource citation={measure.citation} status={status} />
              </li>
            );
          })}
        </ul>
      </section>
    </>
  );
}
