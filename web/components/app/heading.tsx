import type { ReactNode } from 'react';

/** A heading whose level the caller chooses, so a list reads right on a tab (h3) or inside a section (h4). */
export function Heading({ level, children, id }: { level: 2 | 3 | 4 | 5; children: ReactNode; id?: string }) {
  const Tag = `h${String(level)}` as 'h2' | 'h3' | 'h4' | 'h5';
  return <Tag id={id}>{children}</Tag>;
}
