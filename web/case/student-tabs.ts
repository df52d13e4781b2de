/** The tabs of a child's page, in order: each is a route under `/students/:id` (overview is the index). */
export const STUDENT_TABS = [
  'overview',
  'plans',
  'goals',
  'services',
  'meetings',
  'timeline',
  'communications',
] as const;
export type StudentTab = (typeof STUDENT_TABS)[number];

/** The tab a path belongs to (`/students/x/plans/p/compare` → `plans`). */
export function tabOfPath(pathname: string): StudentTab {
  const segment = pathname.split('/')[3] ?? '';
  return (STUDENT_TABS as readonly string[]).includes(segment) ? (segment as StudentTab) : 'overview';
}

/** The link of a tab. */
export function tabPath(studentId: string, tab: StudentTab): string {
  return tab === 'overview' ? `/students/${studentId}` : `/students/${studentId}/${tab}`;
}
