import { useTranslation } from 'react-i18next';
import type { DistrictComplianceView } from '../../../core/schemas/school-team';
import { dueCount } from '../../../core/compliance/compliance-measures';
import { localized } from '../../i18n/localized';
import { formatPercent } from './compliance-summary';

/**
 * Each school's open deadlines (overdue, upcoming) and compliance measures, as a table with the school as the
 * row heading; on a phone each school becomes a card with its labels.
 */
export function ComplianceSchoolTable({ compliance }: { compliance: DistrictComplianceView }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const { schools, measures } = compliance;
  const headings = {
    school: t('compliance.schools.school'),
    overdue: t('compliance.schools.overdue'),
    upcoming: t('compliance.schools.upcoming', { days: compliance.upcomingDays }),
  };
  return (
    <section aria-labelledby="compliance-schools-title">
      <h2 id="compliance-schools-title">{t('compliance.schools.title')}</h2>
      {schools.length === 0 ? (
        <p>{t('compliance.schools.empty')}</p>
      ) : (
        <table className="stacked-table">
          <caption>{t('compliance.schools.caption', { count: schools.length })}</caption>
          <thead>
            <tr>
              <th scope="col">{headings.school}</th>
              <th scope="col">{headings.overdue}</th>
              <th scope="col">{headings.upcoming}</th>
              {measures.map((measure) => (
                <th key={measure.id} scope="col">
                  {localized(measure.name, language)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {schools.map((school) => (
              <tr key={school.school ?? ''}>
                <th scope="row">{school.school ?? t('compliance.schools.noSchool')}</th>
                <td>
                  <span className="cell-label">{headings.overdue}</span>
                  {school.overdue}
                </td>
                <td>
                  <span className="cell-label">{headings.upcoming}</span>
                  {school.upcoming}
                </td>
                {measures.map((measure) => {
                  const counts = school.measures.find((m) => m.id === measure.id);
                  const due = counts === undefined ? 0 : dueCount(counts);
                  return (
                    <td key={measure.id}>
                      <span className="cell-label">{localized(measure.name, language)}</span>
                      {counts === undefined || counts.rate === null || due === 0 ? (
                        <span className="muted">{t('compliance.schools.noneDue')}</span>
                      ) : (
                        t('compliance.schools.rate', {
                          met: counts.met,
                          due,
                          percent: formatPercent(counts.rate, language),
                        })
                      )}
                    </td>
                  );
                })}
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </section>
  );
}
