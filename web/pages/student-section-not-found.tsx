import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { SectionTitle } from '../components/app/section-title';
import { useStudentId } from './student-page';

/** An unknown address under a child's page: say so, under the child's own heading and tabs. */
export function StudentSectionNotFound() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  return (
    <section>
      <SectionTitle>{t('student.sectionNotFound')}</SectionTitle>
      <p>
        <Link to={`/students/${studentId}`}>{t('student.tabs.overview')}</Link>
      </p>
    </section>
  );
}
