import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * The page's one h1. It also sets the document title and takes focus after a navigation, so screen-reader
 * and keyboard users land at the top of the new page instead of on a link that no longer exists.
 */
export function PageTitle({ children }: { children: string }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    document.title = `${children} · ${t('app.name')}`;
  }, [children, t]);
  useEffect(() => {
    if (document.activeElement !== document.body && document.activeElement !== null) {
      // Only after a navigation started from inside the app (the first load keeps the browser's focus).
      heading.current?.focus();
    }
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
