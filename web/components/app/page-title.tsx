import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { NavigationType, useNavigationType } from 'react-router';

/**
 * The page's one h1. It also sets the document title and takes focus after a navigation, so screen-reader
 * and keyboard users land at the top of the new page instead of on a link that no longer exists.
 * `documentTitle` names the page more precisely than the heading when they differ (a tab of a child's page).
 */
export function PageTitle({ children, documentTitle }: { children: string; documentTitle?: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  const title = documentTitle ?? children;
  useEffect(() => {
    document.title = `${title} · ${t('app.name')}`;
  }, [title, t]);
  useEffect(() => {
    const active = document.activeElement;
    // After a link or a programmatic navigation inside the app; the first load keeps the browser's focus.
    if (navigationType !== NavigationType.Pop || (active !== document.body && active !== null)) {
      heading.current?.focus();
    }
    // Only when the page first appears, not when its title text changes.
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
