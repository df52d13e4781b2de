import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { isNotFound } from '../api/api-error';
import { useMyRole } from '../api/my-role';
import { useStudent } from '../api/students';
import { abilitiesOf, type Abilities } from '../case/role-abilities';
import { tabOfPath, tabsFor } from '../case/student-tabs';
import { PageTitle } from '../components/app/page-title';
import { StudentTabs } from '../components/children/student-tabs';
import type { AccessRole } from '../../core/schemas/access-role';

/** The id in `/students/:studentId/…`, for the tabs under the child's page. */
export function useStudentId(): string {
  return useParams().studentId ?? '';
}

/** The signed-in person's role for the child of this page, and what it lets them do. */
export function useStudentAccess(): { role: AccessRole | null; isPending: boolean; abilities: Abilities } {
  const { role, isPending } = useMyRole(useStudentId());
  return { role, isPending, abilities: abilitiesOf(role) };
}

/** A child's page: the name as the h1, the tabs the person's role can use, and the current tab below. */
export function StudentPage() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const location = useLocation();
  const student = useStudent(studentId);
  const { abilities } = useStudentAccess();
  if (student.isPending) {
    return (
      <>
        <PageTitle>{t('student.loading')}</PageTitle>
        <p role="status">{t('children.loading')}</p>
      </>
    );
  }
  if (student.isError) {
    // A record that does not exist and one the person may not see answer the same: "not found".
    return (
      <>
        <PageTitle>{t('student.notFound')}</PageTitle>
        {isNotFound(student.error) ? (
          <p>{t('notFound.text')}</p>
        ) : (
          <p className="error">{t('student.loadFailed', { message: student.error.message })}</p>
        )}
        <p>
          <Link to="/children">{t('student.backToChildren')}</Link>
        </p>
      </>
    );
  }
  const name = `${student.data.givenName} ${student.data.familyName}`;
  const tab = tabOfPath(location.pathname);
  return (
    <>
      <p className="breadcrumb">
        <Link to="/children">{t('student.backToChildren')}</Link>
      </p>
      <PageTitle documentTitle={`${t(`student.tabs.${tab}`)} · ${name}`}>{name}</PageTitle>
      <p className={`plan plan-${student.data.planInEffect ?? 'none'}`}>
        {t(`children.plan.${student.data.planInEffect ?? 'none'}`)}
      </p>
      <StudentTabs studentId={studentId} childName={student.data.givenName} tabs={tabsFor(abilities)} />
      <div className="tab-panel">
        <Suspense fallback={<p role="status">{t('children.loading')}</p>}>
          <Outlet />
        </Suspense>
      </div>
    </>
  );
}
