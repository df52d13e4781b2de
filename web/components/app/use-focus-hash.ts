import { useEffect, useRef } from 'react';
import { useLocation } from 'react-router';

/**
 * Once `isReady` (the content the link points into has loaded), scrolls to and focuses the element the URL's hash
 * names (`/students/x/timeline#event-edit-e1-edit`), once per hash. An element that cannot take the focus (a
 * heading) is made focusable by script only, so keyboard and screen-reader users land where the link said.
 */
export function useFocusHash(isReady: boolean): void {
  const { hash } = useLocation();
  const done = useRef<string | null>(null);
  useEffect(() => {
    if (!isReady || hash.length <= 1 || done.current === hash) return;
    const target = document.getElementById(decodeURIComponent(hash.slice(1)));
    if (target === null) return;
    done.current = hash;
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) target.setAttribute('tabindex', '-1');
    target.scrollIntoView({ block: 'center' });
    target.focus({ preventScroll: true });
  });
}
