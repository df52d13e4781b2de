/**
 * The fictional demo family loaded by `binder demo` and the home page's "load a demo family" link.
 * Every name, school and date is invented. The dates are fixed (not relative to today) so that the
 * demo and the tests that use it always show the same history.
 */
export interface DemoStudent {
  readonly givenName: string;
  readonly familyName: string;
  readonly birthDate: string;
  readonly jurisdiction: string;
  readonly school: string;
  readonly district: string;
  readonly grade: string;
  readonly homeLanguages: readonly string[];
  readonly plan: { readonly framework: 'iep' | '504'; readonly effectiveFrom: string };
  /** Case events in the shape of spec/case-file.md. */
  readonly events: readonly ({ readonly type: string; readonly date: string } & Record<string, unknown>)[];
}

export interface DemoFamily {
  readonly name: string;
  readonly students: readonly DemoStudent[];
}

export const DEMO_FAMILY: DemoFamily = {
  name: 'Rivera family (demo)',
  students: [
    {
      // On an IEP since her initial meeting in November 2024.
      givenName: 'Maya',
      familyName: 'Rivera',
      birthDate: '2014-03-14',
      jurisdiction: 'TX',
      school: 'Lincoln Park Middle School (fictional)',
      district: 'Riverbend Independent School District (fictional)',
      grade: '6',
      homeLanguages: ['es', 'en'],
      plan: { framework: 'iep', effectiveFrom: '2024-11-21' },
      events: [
        { type: 'evaluation-requested', date: '2024-09-03', by: 'parent' },
        { type: 'evaluation-consent-received', date: '2024-09-12' },
        { type: 'evaluation-completed', date: '2024-10-30', kind: 'initial' },
        { type: 'eligibility-determined', date: '2024-11-08', framework: 'idea', eligible: true },
        { type: 'iep-meeting-held', date: '2024-11-20', purpose: 'initial', transition: false },
        { type: 'safeguards-notice-given', date: '2024-11-20' },
        { type: 'plan-started', date: '2024-11-21', framework: 'iep' },
        { type: 'iep-meeting-held', date: '2025-11-18', purpose: 'annual', transition: false },
        { type: 'records-requested', date: '2026-10-20' },
      ],
    },
    {
      // Her brother was given a 504 plan after his parents asked for an evaluation, without one being done.
      givenName: 'Leo',
      familyName: 'Rivera',
      birthDate: '2017-07-09',
      jurisdiction: 'TX',
      school: 'Lincoln Park Elementary School (fictional)',
      district: 'Riverbend Independent School District (fictional)',
      grade: '3',
      homeLanguages: ['es', 'en'],
      plan: { framework: '504', effectiveFrom: '2025-10-20' },
      events: [
        { type: 'evaluation-requested', date: '2025-09-15', by: 'parent' },
        { type: 'plan-started', date: '2025-10-20', framework: '504' },
      ],
    },
  ],
};
