import type { ServiceFields } from './iep-with-services';

// The issue 21 term (core/ledger/services-ledger.test.ts computes it by hand): speech 2 × 30 a week and OT 60 a month
// from Wednesday 2026-09-09, speech amended to 3 × 30 from Wednesday 2026-10-14, the term to 2026-12-18 with
// Thanksgiving week closed, three provider absences, one absence of the child, one make-up session. As of
// 2026-12-31: speech 36 minutes owed, OT 46. As of 2026-11-28 (the test clock's today): speech 66 (the make-up is
// later), OT 0 (November has not ended).

const speech = (sessionsPerPeriod: number): ServiceFields => ({
  id: 'speech',
  name: 'Speech therapy',
  minutesPerSession: 30,
  sessionsPerPeriod,
  period: 'week',
});
const ot: ServiceFields = {
  id: 'ot',
  name: 'Occupational therapy',
  minutesPerSession: 60,
  sessionsPerPeriod: 1,
  period: 'month',
};

export const ISSUE_21_FIRST: readonly ServiceFields[] = [speech(2), ot];
export const ISSUE_21_AMENDED: readonly ServiceFields[] = [speech(3), ot];

export const ISSUE_21_CALENDAR = {
  terms: [{ start: '2026-09-09', end: '2026-12-18' }],
  closed: [{ start: '2026-11-23', end: '2026-11-27' }],
};

const SPEECH_DAYS = [
  '2026-09-10',
  '2026-09-15',
  '2026-09-17',
  '2026-09-22',
  '2026-09-29',
  '2026-10-01',
  '2026-10-06',
  '2026-10-08',
  '2026-10-13',
  '2026-10-15',
  '2026-10-16',
  '2026-10-20',
  '2026-10-21',
  '2026-10-22',
  '2026-10-27',
  '2026-10-28',
  '2026-11-03',
  '2026-11-04',
  '2026-11-05',
  '2026-11-10',
  '2026-11-12',
  '2026-11-17',
  '2026-11-18',
  '2026-11-19',
  '2026-12-01',
  '2026-12-02',
  '2026-12-03',
  '2026-12-08',
  '2026-12-09',
  '2026-12-10',
  '2026-12-15',
  '2026-12-16',
  '2026-12-17',
];
export const ISSUE_21_CSV = [
  'Date,Service,Minutes,Status,Reason,Make up,Note',
  ...SPEECH_DAYS.map((day) => `${day},Speech therapy,30,delivered,,,`),
  '2026-09-24,Speech therapy,30,missed,provider-absent,,"Therapist out, no cover"',
  '2026-10-29,Speech therapy,30,missed,provider-absent,,',
  '2026-11-13,speech therapy,30,missed,student-absent,,',
  '2026-12-18,Speech therapy,30,delivered,,yes,Make-up for 24 September',
  '2026-09-17,Occupational therapy,60,delivered,,,',
  '2026-10-15,Occupational therapy,60,delivered,,,',
  '2026-11-12,Occupational therapy,60,missed,provider-absent,,',
  '2026-12-10,Occupational therapy,60,delivered,,,',
].join('\r\n');

/** How many sessions the CSV holds. */
export const ISSUE_21_SESSIONS = SPEECH_DAYS.length + 8;
