import type { SchoolCalendar } from '../schemas/school-calendar';

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
  readonly plan: {
    readonly framework: 'iep' | '504';
    readonly effectiveFrom: string;
    /** The contents of the version in effect (core/schemas/iep.ts or plan-504.ts, before defaults). */
    readonly content: Record<string, unknown>;
  };
  /** Case events in the shape of docs/case-file-contract.md. */
  readonly events: readonly ({ readonly type: string; readonly date: string } & Record<string, unknown>)[];
  /** The school calendar as the family entered it (docs/case-file-contract.md `calendar`). */
  readonly calendar: SchoolCalendar;
}

/**
 * The fictional Riverbend district's calendar for three school years, as a family would copy it from the
 * district's website: first and last days, and the holidays and breaks inside them. Texas counts the initial
 * evaluation in school days, so with it the demo's deadlines have dates instead of "date unknown".
 */
const RIVERBEND_CALENDAR: SchoolCalendar = {
  terms: [
    { start: '2024-08-14', end: '2025-05-23' },
    { start: '2025-08-13', end: '2026-05-22' },
    { start: '2026-08-12', end: '2027-05-21' },
  ],
  closed: [
    '2024-09-02',
    '2024-10-14',
    { start: '2024-11-25', end: '2024-11-29' },
    { start: '2024-12-23', end: '2025-01-03' },
    '2025-01-20',
    '2025-02-17',
    { start: '2025-03-17', end: '2025-03-21' },
    '2025-04-18',
    '2025-09-01',
    '2025-10-13',
    { start: '2025-11-24', end: '2025-11-28' },
    { start: '2025-12-22', end: '2026-01-02' },
    '2026-01-19',
    '2026-02-16',
    { start: '2026-03-16', end: '2026-03-20' },
    '2026-04-03',
    '2026-09-07',
    '2026-10-12',
    { start: '2026-11-23', end: '2026-11-27' },
    { start: '2026-12-21', end: '2027-01-01' },
    '2027-01-18',
    '2027-02-15',
    { start: '2027-03-15', end: '2027-03-19' },
    '2027-03-26',
  ],
};

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
      plan: {
        framework: 'iep',
        effectiveFrom: '2024-11-21',
        content: {
          presentLevels: {
            academic:
              'On grade-level passages Maya reads 62 words correct per minute (fall benchmark, 6th-grade median 140). She answers literal questions well and inferential questions with support.',
            functional: 'Maya follows routines independently and asks for help when she is stuck.',
            disabilityImpact:
              'Her specific learning disability in reading slows her decoding, so she needs more time and support to read grade-level texts in science and social studies.',
          },
          goals: [
            {
              id: 'demo-goal-reading',
              area: 'Reading fluency',
              statement:
                'By November 2026, given a 6th-grade passage, Maya will read 100 words correct per minute in 3 of 4 weekly probes.',
              direction: 'increase',
              unit: 'words correct per minute',
              baseline: { value: 62, date: '2025-11-10' },
              target: { value: 100, date: '2026-11-13' },
              measurementMethod: 'Weekly one-minute oral reading fluency probes (curriculum-based measurement)',
              reportingSchedule: 'Every grading period, with the report card',
            },
            {
              id: 'demo-goal-writing',
              area: 'Written expression',
              statement:
                'By November 2026, given a writing prompt, Maya will write a paragraph with a topic sentence and three supporting details in 4 of 5 samples.',
              direction: 'increase',
              unit: 'samples meeting the rubric (of 5)',
              baseline: { value: 1, date: '2025-11-10' },
              target: { value: 4, date: '2026-11-13' },
              measurementMethod: 'Writing samples scored with the district paragraph rubric',
              reportingSchedule: 'Every grading period, with the report card',
            },
          ],
          services: [
            {
              id: 'demo-service-reading',
              kind: 'special-education',
              name: 'Specialized reading instruction',
              startDate: '2025-11-19',
              endDate: '2026-11-17',
              minutesPerSession: 45,
              sessionsPerPeriod: 4,
              period: 'week',
              location: 'Resource room',
              providerRole: 'Special education teacher',
            },
            {
              id: 'demo-service-speech',
              kind: 'related',
              name: 'Speech-language therapy',
              startDate: '2025-11-19',
              endDate: '2026-11-17',
              minutesPerSession: 30,
              sessionsPerPeriod: 2,
              period: 'week',
              location: 'Speech room',
              providerRole: 'Speech-language pathologist',
            },
          ],
          accommodations: [
            'Extended time (1.5×) on tests and assignments',
            'Text-to-speech for science and social studies texts',
          ],
          leastRestrictiveEnvironment: {
            percentInGeneralClass: 85,
            explanation: 'Maya leaves the general classroom only for specialized reading instruction.',
          },
        },
      },
      calendar: RIVERBEND_CALENDAR,
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
      plan: {
        framework: '504',
        effectiveFrom: '2025-10-20',
        content: {
          impairment: 'Attention-deficit/hyperactivity disorder (ADHD), diagnosed by his pediatrician',
          majorLifeActivities: ['concentrating', 'learning'],
          accommodations: [
            {
              id: 'demo-504-seating',
              category: 'setting',
              description: 'Seat near the teacher, away from the door',
              responsible: 'Classroom teacher',
            },
            {
              id: 'demo-504-breaks',
              category: 'timing-scheduling',
              description: 'A short movement break every 30 minutes',
              responsible: 'Classroom teacher',
            },
            {
              id: 'demo-504-tests',
              category: 'timing-scheduling',
              description: 'Extended time (1.5×) on tests in a quiet room',
              responsible: 'Classroom teacher and counselor',
            },
          ],
          reviewDate: '2026-10-20',
        },
      },
      calendar: RIVERBEND_CALENDAR,
      events: [
        { type: 'evaluation-requested', date: '2025-09-15', by: 'parent' },
        { type: 'plan-started', date: '2025-10-20', framework: '504' },
      ],
    },
  ],
};
