import { useEffect, useRef } from 'react';

/**
 * Moves focus to an element once the next render has put it on the page — after "Add a goal", to the new
 * goal's first field; after "Remove", to the add button — so keyboard users never lose their place.
 */
export function useFocusAfterRender(): (id: string) => void {
  const pending = useRef<string | null>(null);
  useEffect(() => {
    if (pending.current === null) return;
    document.getElementById(pending.current)?.focus();
    pending.current = null;
  });
  return (id: string) => {
    pending.current = id;
  };
}
