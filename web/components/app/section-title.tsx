import { useEffect, useRef } from 'react';
import { NavigationType, useNavigationType } from 'react-router';

/**
 * The h2 of a part of a page reached by a link that disappears with the navigation (a tab's sub-page):
 * it takes the focus the vanished link had, so keyboard and screen-reader users are not sent to the top.
 * After a tab switch the tab link keeps focus, and this heading leaves it there.
 */
export function SectionTitle({ children, id }: { children: string; id?: string }) {
  const heading = useRef<HTMLHeadingElement>(null);
  const navigationType = useNavigationType();
  useEffect(() => {
    const active = document.activeElement;
    if (navigationType !== NavigationType.Pop && (active === document.body || active === null))
      heading.current?.focus();
    // Only when the section first appears.
  }, []);
  return (
    <h2 ref={heading} id={id} tabIndex={-1}>
      {children}
    </h2>
  );
}
