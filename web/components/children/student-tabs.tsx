import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router';
import { tabPath, type StudentTab } from '../../case/student-tabs';

/**
 * The sections of a child's record as a row of links (each its own address, so the browser's back button
 * and bookmarks work); the current one is marked with aria-current and in bold, not by colour alone. Only the
 * sections the person's role can use are offered.
 */
export function StudentTabs(props: { studentId: string; childName: string; tabs: readonly StudentTab[] }) {
  const { t } = useTranslation();
  return (
    <nav className="tabs" aria-label={t('student.sectionsOf', { name: props.childName })}>
      <ul>
        {props.tabs.map((tab) => (
          <li key={tab}>
            <NavLink to={tabPath(props.studentId, tab)} end={tab === 'overview'}>
              {t(`student.tabs.${tab}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
