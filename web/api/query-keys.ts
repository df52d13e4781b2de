/** The TanStack Query keys of the web app, in one place so mutations invalidate exactly what they change. */
export const queryKeys = {
  session: ['session'] as const,
  families: ['families'] as const,
  student: (studentId: string) => ['student', studentId] as const,
  plans: (studentId: string) => ['student', studentId, 'plans'] as const,
  comparison: (planId: string, from: string, to: string) => ['plan', planId, 'compare', from, to] as const,
  meetings: (studentId: string) => ['student', studentId, 'meetings'] as const,
  events: (studentId: string) => ['student', studentId, 'events'] as const,
  communications: (studentId: string) => ['student', studentId, 'communications'] as const,
  documents: (studentId: string) => ['student', studentId, 'documents'] as const,
  letters: (studentId: string) => ['student', studentId, 'letters'] as const,
  search: (studentId: string, q: string, language: string) => ['student', studentId, 'search', q, language] as const,
  schoolPeople: (studentId: string) => ['student', studentId, 'school-people'] as const,
  timeline: (studentId: string) => ['student', studentId, 'timeline'] as const,
  /** Under the timeline's key, so every write that refreshes the timeline refreshes the next steps too. */
  nextSteps: (studentId: string) => ['student', studentId, 'timeline', 'next-steps'] as const,
  calendar: (studentId: string) => ['student', studentId, 'calendar'] as const,
  access: (studentId: string) => ['student', studentId, 'access'] as const,
  auditTrail: (studentId: string, filters: { person: string; kind: string } = { person: '', kind: '' }) =>
    ['student', studentId, 'audit', filters.person, filters.kind] as const,
  comments: (studentId: string) => ['student', studentId, 'comments'] as const,
  serviceLogs: (studentId: string) => ['student', studentId, 'service-logs'] as const,
  servicesLedger: (studentId: string) => ['student', studentId, 'service-ledger'] as const,
  invitationPreview: (token: string) => ['invitation', token] as const,
  reminderSettings: ['account', 'reminders'] as const,
  /** Every cached reading language, whoever it belongs to (a save updates the one in use). */
  accountLanguageOfAnyone: ['account', 'language'] as const,
  accountLanguage: (userId: string) => ['account', 'language', userId] as const,
};
