import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavLink, useLocation } from 'react-router';
import { tabPath, type StudentTab } from '../../case/student-tabs';

/**
 * The sections of a child's record as a row of links (each its own address, so the browser's back button
 * and bookmarks work); the current one is marked with aria-current and in bold, not by colour alone. Only the
 * sections the person's role can use are offered. On a phone the row scrolls sideways inside itself, and the
 * current tab is scrolled into view.
 */
export function StudentTabs(props: { studentId: string; childName: string; tabs: readonly StudentTab[] }) {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const row = useRef<HTMLUListElement>(null);
  useEffect(() => {
    const list = row.current;
    const current = list?.querySelector<HTMLElement>('[aria-current="page"]');
    if (list == null || current == null || list.scrollWidth <= list.clientWidth) return;
    list.scrollLeft = current.offsetLeft - list.offsetLeft - (list.clientWidth - current.offsetWidth) / 2;
  }, [pathname]);
  return (
    <nav className="tabs" aria-label={t('student.sectionsOf', { name: props.childName })}>
      <ul ref={row}>
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
