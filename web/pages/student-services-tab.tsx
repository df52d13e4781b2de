import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { usePlans } from '../api/plans';
import { useStudent } from '../api/students';
import { latestPlanOf, versionToShow } from '../case/plan-versions';
import { Accommodation504List } from '../components/plans/accommodation-504-list';
import { SectionTitle } from '../components/app/section-title';
import { ServiceList } from '../components/services/service-list';
import { ServicesLedgerSection } from '../components/services/services-ledger-section';
import { VersionNote } from '../components/plans/version-note';
import { ServiceLogSection } from './service-log-section';
import { useStudentId } from './student-page';

/**
 * Services: the IEP's services with their minutes; a 504 plan's accommodations and who provides them; the
 * service log (sessions delivered and missed).
 */
export function StudentServicesTab() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const plans = usePlans(studentId);
  const student = useStudent(studentId);
  if (plans.data === undefined || student.data === undefined) return <p role="status">{t('children.loading')}</p>;
  const iep = versionToShow(plans.data, 'iep');
  const iepPlan = latestPlanOf(plans.data, 'iep');
  const plan504 = versionToShow(plans.data, '504');
  const plan504Plan = latestPlanOf(plans.data, '504');
  return (
    <section aria-labelledby="services-title">
      <SectionTitle id="services-title">{t('student.tabs.services')}</SectionTitle>
      {iep?.framework === 'iep' && iepPlan !== undefined ? (
        <section aria-labelledby="iep-services-title">
          <h3 id="iep-services-title">{t('services.iepTitle')}</h3>
          <VersionNote studentId={studentId} planId={iepPlan.id} version={iep} />
          <ServiceList services={iep.content.services} headingLevel={4} />
        </section>
      ) : null}
      {plan504?.framework === '504' && plan504Plan !== undefined ? (
        <section aria-labelledby="plan504-services-title">
          <h3 id="plan504-services-title">{t('services.plan504Title')}</h3>
          <p>{t('services.plan504Intro')}</p>
          <VersionNote studentId={studentId} planId={plan504Plan.id} version={plan504} />
          <Accommodation504List accommodations={plan504.content.accommodations} headingLevel={4} />
        </section>
      ) : null}
      {iep === undefined && plan504 === undefined ? (
        <p>
          {t('services.noPlan')} <Link to={`/students/${studentId}/plans`}>{t('goals.startPlan')}</Link>
        </p>
      ) : null}
      {iep?.framework === 'iep' ? <ServicesLedgerSection studentId={studentId} /> : null}
      <ServiceLogSection student={student.data} plans={plans.data} />
    </section>
  );
}
