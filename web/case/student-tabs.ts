import type { Abilities } from './role-abilities';

/** The tabs of a child's page, in order: each is a route under `/students/:id` (overview is the index). */
export const STUDENT_TABS = [
  'overview',
  'plans',
  'goals',
  'services',
  'meetings',
  'timeline',
  'communications',
  'documents',
  'comments',
  'sharing',
  'activity',
  'data',
  'compare',
] as const;
export type StudentTab = (typeof STUDENT_TABS)[number];

/** What a role must be able to do to see a tab (null: everyone related to the child sees it). */
export const TAB_NEEDS: Readonly<Record<StudentTab, keyof Abilities | null>> = {
  overview: null,
  plans: null,
  goals: null,
  services: null,
  meetings: 'canSeeCase',
  timeline: 'canSeeCase',
  communications: 'canSeeCase',
  documents: 'canSeeCase',
  comments: 'canComment',
  sharing: 'canManageSharing',
  activity: 'canManageSharing',
  data: 'canExport',
  compare: null,
};

/** The tabs a role sees. */
export function tabsFor(abilities: Abilities): StudentTab[] {
  return STUDENT_TABS.filter((tab) => {
    const need = TAB_NEEDS[tab];
    return need === null || abilities[need];
  });
}

/** The tab a path belongs to (`/students/x/plans/p/compare` → `plans`). */
export function tabOfPath(pathname: string): StudentTab {
  const segment = pathname.split('/')[3] ?? '';
  return (STUDENT_TABS as readonly string[]).includes(segment) ? (segment as StudentTab) : 'overview';
}

/** The link of a tab. */
export function tabPath(studentId: string, tab: StudentTab): string {
  return tab === 'overview' ? `/students/${studentId}` : `/students/${studentId}/${tab}`;
}
