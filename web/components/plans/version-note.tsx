import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlanVersion } from '../../../core/schemas/plan';
import { formatDate } from '../../i18n/format-date';

/** Which version a tab shows — the final one in effect, or a draft — with a link to it. */
export function VersionNote(props: { studentId: string; planId: string; version: PlanVersion }) {
  const { t, i18n } = useTranslation();
  const { version } = props;
  const link = `/students/${props.studentId}/plans/${props.planId}/versions/${version.id}`;
  return (
    <p className={version.status === 'draft' ? 'notice' : undefined}>
      {version.status === 'draft'
        ? t('plan.showingDraft', { n: version.number })
        : t('plan.showingFinal', {
            n: version.number,
            date: version.effectiveFrom === null ? '' : formatDate(version.effectiveFrom, i18n.language),
          })}{' '}
      <Link to={link}>
        {version.status === 'draft'
          ? t('plan.editDraft', { n: version.number })
          : t('plan.viewVersion', { n: version.number })}
      </Link>
    </p>
  );
}
