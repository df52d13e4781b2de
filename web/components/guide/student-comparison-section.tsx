import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useComparison } from '../../api/understand';
import { jurisdictionName } from '../../understand/jurisdiction-options';
import { ComparisonTable } from './comparison-table';

/** The IEP-vs-504 comparison for this child's state, inside the child's page, with the guide one click away. */
export function StudentComparisonSection({ studentId, jurisdiction }: { studentId: string; jurisdiction: string }) {
  const { t, i18n } = useTranslation();
  const comparison = useComparison(jurisdiction);
  const stateName = jurisdictionName(jurisdiction, i18n.language);
  return (
    <section aria-labelledby="student-comparison-title" className="student-comparison">
      <h3 id="student-comparison-title">{t('studentComparison.title', { state: stateName })}</h3>
      <p>
        <Link to={`/guide?student=${encodeURIComponent(studentId)}`}>{t('studentComparison.guideLink')}</Link>
        {' · '}
        <Link to={`/iep-vs-504?student=${encodeURIComponent(studentId)}`}>{t('studentComparison.pageLink')}</Link>
      </p>
      <div role="status" aria-live="polite">
        {comparison.isPending ? <p>{t('studentComparison.loading')}</p> : null}
        {comparison.isError ? (
          <p className="error">{t('studentComparison.failed', { message: comparison.error.message })}</p>
        ) : null}
      </div>
      {comparison.data === undefined ? null : (
        <ComparisonTable
          rows={comparison.data.rows}
          stateName={stateName}
          caption={t('comparison.caption', { state: stateName })}
        />
      )}
    </section>
  );
}
