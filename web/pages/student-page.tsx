import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useLocation, useParams } from 'react-router';
import { useStudent } from '../api/students';
import { tabOfPath } from '../case/student-tabs';
import { PageTitle } from '../components/page-title';
import { StudentTabs } from '../components/student-tabs';

/** The id in `/students/:studentId/…`, for the tabs under the child's page. */
export function useStudentId(): string {
  return useParams().studentId ?? '';
}

/** A child's page: the name as the h1, the tabs, and the current tab below. */
export function StudentPage() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const location = useLocation();
  const student = useStudent(studentId);
  if (student.isPending) {
    return (
      <>
        <PageTitle>{t('student.loading')}</PageTitle>
        <p role="status">{t('children.loading')}</p>
      </>
    );
  }
  if (student.isError) {
    return (
      <>
        <PageTitle>{t('student.notFound')}</PageTitle>
        <p className="error">{t('student.loadFailed', { message: student.error.message })}</p>
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
      <StudentTabs studentId={studentId} childName={student.data.givenName} />
      <div className="tab-panel">
        <Suspense fallback={<p role="status">{t('children.loading')}</p>}>
          <Outlet />
        </Suspense>
      </div>
    </>
  );
}
