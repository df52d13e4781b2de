import { useCallback, useEffect, useRef } from 'react';

/**
 * Moves focus to the element with an id once a render has put it on the page — the result heading after
 * "See what my answers point to", the letter after "Write the letter" — and scrolls it into view. The
 * request waits across renders until the element exists, so the order in which a request's state updates
 * render does not matter.
 */
export function useFocusWhenShown(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    const target = document.getElementById(pending.current);
    if (target === null) return;
    pending.current = null;
    target.focus();
    target.scrollIntoView({ block: 'start' });
  });
  return useCallback((id: string) => {
    pending.current = id;
  }, []);
}
