import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { comparisonFor } from '../../core/guide/comparison-for';
import { jurisdictionFacts } from '../../core/law/jurisdiction-facts';
import { usePlans } from '../api/plans';
import { useStudent } from '../api/students';
import { latestPlanOf, versionToShow } from '../case/plan-versions';
import { GoalList } from '../components/plans/goal-list';
import { NoGoalsExplanation } from '../components/plans/no-goals-explanation';
import { SectionTitle } from '../components/app/section-title';
import { VersionNote } from '../components/plans/version-note';
import { useStudentId } from './student-page';

/** Goals: the IEP's measurable annual goals; for a 504 plan, why there are none and what an IEP adds. */
export function StudentGoalsTab() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  const plans = usePlans(studentId);
  if (student.data === undefined || plans.data === undefined) return <p role="status">{t('children.loading')}</p>;
  const iep = versionToShow(plans.data, 'iep');
  const iepPlan = latestPlanOf(plans.data, 'iep');
  const has504 = latestPlanOf(plans.data, '504') !== undefined;
  const rows = comparisonFor(jurisdictionFacts(student.data.jurisdiction)).filter(
    (row) => row.id === 'goals' || row.id === 'progress',
  );
  return (
    <section aria-labelledby="goals-title">
      <SectionTitle id="goals-title">{t('student.tabs.goals')}</SectionTitle>
      {iep !== undefined && iepPlan !== undefined && iep.framework === 'iep' ? (
        <>
          <VersionNote studentId={studentId} planId={iepPlan.id} version={iep} />
          <GoalList goals={iep.content.goals} headingLevel={3} progressPlanId={iepPlan.id} />
        </>
      ) : null}
      {has504 && iep === undefined ? <NoGoalsExplanation rows={rows} childName={student.data.givenName} /> : null}
      {!has504 && iep === undefined ? (
        <p>
          {t('goals.noPlan')} <Link to={`/students/${studentId}/plans`}>{t('goals.startPlan')}</Link>
        </p>
      ) : null}
    </section>
  );
}
