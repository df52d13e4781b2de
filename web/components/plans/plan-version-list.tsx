import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Plan } from '../../../core/schemas/plan';
import { formatDate } from '../../i18n/format-date';

/** Every version of a plan, newest first, with its reason, status and a link to read or edit it. */
export function PlanVersionList({ plan, studentId }: { plan: Plan; studentId: string }) {
  const { t, i18n } = useTranslation();
  const inEffect = plan.versions.filter((v) => v.status === 'final').at(-1);
  return (
    <ol className="version-list" reversed>
      {[...plan.versions].reverse().map((version) => {
        const link = `/students/${studentId}/plans/${plan.id}/versions/${version.id}`;
        return (
          <li key={version.id} className={`version version-${version.status}`}>
            <span className="version-title">{t('plan.versionN', { n: version.number })}</span>{' '}
            <span>{t(`plan.reason.${version.reason}`)}</span>
            {' · '}
            <span className={`badge badge-${version.status}`}>{t(`plan.status.${version.status}`)}</span>
            {version.effectiveFrom === null
              ? null
              : ` · ${t('plan.effectiveFrom', { date: formatDate(version.effectiveFrom, i18n.language) })}`}
            {version.id === inEffect?.id ? ` · ${t('plan.latestFinal')}` : null}{' '}
            <Link to={link}>
              {version.status === 'draft'
                ? t('plan.editDraft', { n: version.number })
                : t('plan.viewVersion', { n: version.number })}
            </Link>
          </li>
        );
      })}
    </ol>
  );
}
