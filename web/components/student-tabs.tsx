import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { STUDENT_TABS, tabPath } from '../case/student-tabs';

/**
 * The sections of a child's record as a row of links (each its own address, so the browser's back button
 * and bookmarks work); the current one is marked with aria-current and in bold, not by colour alone.
 */
export function StudentTabs({ studentId, childName }: { studentId: string; childName: string }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('student.sectionsOf', { name: childName })}>
      <ul>
        {STUDENT_TABS.map((tab) => (
          <li key={tab}>
            <NavLink to={tabPath(studentId, tab)} end={tab === 'overview'}>
              {t(`student.tabs.${tab}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
