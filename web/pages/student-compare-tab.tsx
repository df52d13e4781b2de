import { useTranslation } from 'react-i18next';
import { useStudent } from '../api/students';
import { SectionTitle } from '../components/app/section-title';
import { StudentComparisonSection } from '../components/guide/student-comparison-section';
import { useStudentId } from './student-page';

/** Compare IEP and 504: the whole comparison for the child's state (long; it was on the Overview before). */
export function StudentCompareTab() {
  const { t } = useTranslation();
  const studentId = useStudentId();
  const student = useStudent(studentId);
  return (
    <section aria-labelledby="compare-title">
      <SectionTitle id="compare-title">{t('student.tabs.compare')}</SectionTitle>
      {student.data === undefined ? null : (
        <StudentComparisonSection studentId={studentId} jurisdiction={student.data.jurisdiction} />
      )}
    </section>
  );
}
