import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { usePlans } from '../api/plans';
import { useStudent } from '../api/students';
import { IepSummary } from '../components/plans/iep-summary';
import { Plan504Summary } from '../components/plans/plan-504-summary';
import { SectionTitle } from '../components/app/section-title';
import { formatDate } from '../i18n/format-date';
import { PlanDraftEditor } from './plan-draft-editor';
import { useStudentAccess, useStudentId } from './student-page';

/** One version of a plan: the editor for a draft, the full text for a final version. */
export function PlanVersionPage() {
  const { t, i18n } = useTranslation();
  const studentId = useStudentId();
  const { planId, versionId } = useParams();
  const plans = usePlans(studentId);
  const student = useStudent(studentId);
  const { abilities } = useStudentAccess();
  const plan = plans.data?.find((p) => p.id === planId);
  const version = plan?.versions.find((v) => v.id === versionId);
  const back = (
    <p>
      <Link to={`/students/${studentId}/plans`}>{t('plan.backToPlans')}</Link>
    </p>
  );
  if (plans.isPending || student.data === undefined) return <p role="status">{t('children.loading')}</p>;
  if (plan === undefined || version === undefined) {
    return (
      <>
        <SectionTitle>{t('plan.versionNotFound')}</SectionTitle>
        {back}
      </>
    );
  }
  const title = t(version.status === 'draft' ? 'plan.draftTitle' : 'plan.finalTitle', {
    plan: t(`plan.framework.${plan.framework}`),
    n: version.number,
  });
  return (
    <section aria-labelledby="version-title">
      <SectionTitle id="version-title">{title}</SectionTitle>
      <p>
        {t(`plan.reason.${version.reason}`)}
        {version.effectiveFrom === null
          ? null
          : ` · ${t('plan.effectiveFrom', { date: formatDate(version.effectiveFrom, i18n.language) })}`}
      </p>
      {back}
      {version.status === 'draft' && abilities.canEditRecord ? (
        <PlanDraftEditor key={version.id} plan={plan} version={version} student={student.data} />
      ) : version.framework === 'iep' ? (
        <IepSummary content={version.content} />
      ) : (
        <Plan504Summary content={version.content} />
      )}
    </section>
  );
}
