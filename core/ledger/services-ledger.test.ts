import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays } from '../calendar/add-days';
import { iepServiceSchema, type IepService } from '../schemas/iep';
import { MISSED_REASONS, type MissedReason } from '../schemas/service-log';
import { servicesLedger, type IepVersionInEffect, type LedgerSession } from './services-ledger';

function service(fields: Partial<IepService> & Pick<IepService, 'id' | 'name'>): IepService {
  return iepServiceSchema.parse(fields);
}

const delivered = (service: string, date: string, minutes = 30, makeUp = false): LedgerSession => ({
  service,
  date,
  minutes,
  status: 'delivered',
  reason: null,
  makeUp,
});
const missed = (service: string, date: string, reason: MissedReason, minutes = 30): LedgerSession => ({
  service,
  date,
  minutes,
  status: 'missed',
  reason,
  makeUp: false,
});

describe('the services ledger: the issue 21 term, computed by hand', () => {
  // A fictional IEP for the fall term of 2026. The term runs Wednesday 2026-09-09 to Friday 2026-12-18; the whole
  // Thanksgiving week (Monday 2026-11-23 to Friday 2026-11-27) is closed. No other closures.
  const calendar = {
    terms: [{ start: '2026-09-09', end: '2026-12-18' }],
    closed: [{ start: '2026-11-23', end: '2026-11-27' }],
  };
  const speech = (sessionsPerPeriod: number) =>
    service({ id: 'speech', name: 'Speech therapy', minutesPerSession: 30, sessionsPerPeriod, period: 'week' });
  const ot = service({
    id: 'ot',
    name: 'Occupational therapy',
    minutesPerSession: 60,
    sessionsPerPeriod: 1,
    period: 'month',
  });
  // Version 1 from the first day of the term; the amendment takes effect on Wednesday of week 6 (2026-10-14):
  // speech goes from 2 × 30 to 3 × 30 a week; occupational therapy stays 60 minutes a month.
  const versions: IepVersionInEffect[] = [
    { effectiveFrom: '2026-09-09', effectiveTo: '2026-10-14', services: [speech(2), ot] },
    { effectiveFrom: '2026-10-14', effectiveTo: null, services: [speech(3), ot] },
  ];
  const S = 'speech therapy'; // logged in lower case: names match case-insensitively
  const O = 'Occupational therapy';
  const sessions: LedgerSession[] = [
    delivered(S, '2026-09-10'), // week 1 (Sep 7–13): one session
    delivered(S, '2026-09-15'),
    delivered(S, '2026-09-17'), // week 2: both
    delivered(S, '2026-09-22'),
    missed(S, '2026-09-24', 'provider-absent'), // week 3: provider absence 1
    delivered(S, '2026-09-29'),
    delivered(S, '2026-10-01'), // week 4
    delivered(S, '2026-10-06'),
    delivered(S, '2026-10-08'), // week 5
    delivered(S, '2026-10-13'),
    delivered(S, '2026-10-15'),
    delivered(S, '2026-10-16'), // week 6: three sessions
    ...['2026-10-20', '2026-10-21', '2026-10-22'].map((d) => delivered(S, d)), // week 7
    delivered(S, '2026-10-27'),
    delivered(S, '2026-10-28'),
    missed(S, '2026-10-29', 'provider-absent'), // week 8: provider absence 2
    ...['2026-11-03', '2026-11-04', '2026-11-05'].map((d) => delivered(S, d)), // week 9
    delivered(S, '2026-11-10'),
    delivered(S, '2026-11-12'),
    missed(S, '2026-11-13', 'student-absent'), // week 10: the child was absent
    ...['2026-11-17', '2026-11-18', '2026-11-19'].map((d) => delivered(S, d)), // week 11; week 12 closed
    ...['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => delivered(S, d)), // week 13
    ...['2026-12-08', '2026-12-09', '2026-12-10'].map((d) => delivered(S, d)), // week 14
    ...['2026-12-15', '2026-12-16', '2026-12-17'].map((d) => delivered(S, d)), // week 15
    delivered(S, '2026-12-18', 30, true), // week 15: a 30-minute make-up session
    delivered(O, '2026-09-17', 60),
    delivered(O, '2026-10-15', 60),
    missed(O, '2026-11-12', 'provider-absent', 60), // provider absence 3
    delivered(O, '2026-12-10', 60),
  ];
  const ledger = servicesLedger({ versions, calendar, sessions, asOf: '2026-12-31' });
  const speechLedger = ledger.services.find((s) => s.serviceId === 'speech');
  const otLedger = ledger.services.find((s) => s.serviceId === 'ot');

  it('requires speech by school days and the version in effect on each day', () => {
    // A week's 60 minutes (version 1) are 12 a weekday; 90 (version 2) are 18 a weekday.
    // Week 1 (Sep 7–13): school starts Wednesday, 3 school days × 12 = 36 (prorated first week).
    // Weeks 2–5: 60 each. Week 6 (Oct 12–16): Monday and Tuesday under version 1, 2 × 12 = 24, Wednesday to
    // Friday under the amendment, 3 × 18 = 54: 78. Weeks 7–11: 90. Week 12 (Thanksgiving, closed): 0.
    // Weeks 13–15: 90. Week 16 (Dec 21–27, after the term): 0. Week 17 (Dec 28–Jan 3) has not ended.
    expect(speechLedger?.periods.map((p) => p.requiredMinutes)).toEqual([
      36, 60, 60, 60, 60, 78, 90, 90, 90, 90, 90, 0, 90, 90, 90, 0, 0,
    ]);
    expect(speechLedger?.periods.map((p) => p.start)[11]).toBe('2026-11-23');
    expect(speechLedger?.periods.at(-1)?.complete).toBe(false);
    // 36 + 4 × 60 + 78 + 5 × 90 + 3 × 90 = 1074.
    expect(speechLedger?.requiredMinutes).toBe(1074);
  });

  it('owes speech for the short first week and two provider absences, less the make-up', () => {
    // Week 1: 36 required, 30 delivered: 6 short. Week 3: 60 required, 30 delivered, 30 missed with the provider
    // absent (the school's doing): 30 short. Week 6: 90 delivered against 78: nothing short, and the 12 extra
    // minutes do not pay another week. Week 8: 90 required, 60 delivered, provider absent: 30 short. Week 10: 60
    // delivered and 30 missed because the child was absent: excused, nothing short.
    // Shortfalls 6 + 30 + 30 = 66; the make-up session in week 15 pays 30: 36 minutes owed.
    expect(speechLedger?.periods.map((p) => p.shortfallMinutes)).toEqual([
      6, 0, 30, 0, 0, 0, 0, 30, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    ]);
    expect(speechLedger?.periods.map((p) => p.owedMinutes)).toEqual([
      6, 6, 36, 36, 36, 36, 36, 66, 66, 66, 66, 66, 66, 66, 36, 36, 36,
    ]);
    expect(speechLedger?.periods[9]?.excusedMinutes).toBe(30);
    expect(speechLedger?.madeUpMinutes).toBe(30);
    expect(speechLedger?.owedMinutes).toBe(36);
    expect(speechLedger?.missed).toEqual([
      { reason: 'provider-absent', sessions: 2, minutes: 60, owed: true },
      { reason: 'student-absent', sessions: 1, minutes: 30, owed: false },
    ]);
    expect(speechLedger?.exceedsOnePeriod).toBe(false);
  });

  it('owes occupational therapy for the month the provider was absent, prorated by school days', () => {
    // 60 minutes a month spread over the month's weekdays. September: 22 weekdays, 16 school days from the 9th:
    // 60 × 16 / 22 = 43.6 → 44. October: all 22 weekdays are school days: 60. November: 21 weekdays, 5 closed:
    // 60 × 16 / 21 = 45.7 → 46. December: 23 weekdays, 14 school days through the 18th: 60 × 14 / 23 = 36.5 → 37.
    expect(otLedger?.periods.map((p) => p.requiredMinutes)).toEqual([44, 60, 46, 37]);
    // September and October delivered 60; November's session was missed with the provider absent: 46 owed;
    // December delivered 60 (more than 37, which pays nothing back).
    expect(otLedger?.periods.map((p) => p.owedMinutes)).toEqual([0, 0, 46, 46]);
    expect(otLedger?.owedMinutes).toBe(46);
  });

  it('adds both services into the child total', () => {
    expect(ledger.owedMinutes).toBe(36 + 46);
    expect(ledger.unmatchedSessions).toBe(0);
    expect(ledger.hasCalendar).toBe(true);
  });
});

describe('the services ledger: properties', () => {
  const monday = '2026-01-05';
  const arbitrary = fc.record({
    minutes: fc.integer({ min: 0, max: 120 }),
    sessions: fc.integer({ min: 0, max: 5 }),
    period: fc.constantFrom('day' as const, 'week' as const, 'month' as const),
    closed: fc.uniqueArray(fc.integer({ min: 0, max: 120 }), { maxLength: 20 }),
    logged: fc.array(
      fc.record({
        day: fc.integer({ min: 0, max: 120 }),
        minutes: fc.integer({ min: 0, max: 90 }),
        status: fc.constantFrom('delivered' as const, 'missed' as const),
        reason: fc.constantFrom(...MISSED_REASONS),
        makeUp: fc.boolean(),
      }),
      { maxLength: 40 },
    ),
  });

  type Arbitrary = typeof arbitrary extends fc.Arbitrary<infer T> ? T : never;

  function run(input: Arbitrary, extraClosed = -1) {
    const closed = [...input.closed, ...(extraClosed >= 0 ? [extraClosed] : [])].map((d) => addDays(monday, d));
    return servicesLedger({
      versions: [
        {
          effectiveFrom: monday,
          effectiveTo: null,
          services: [
            service({
              id: 's',
              name: 'Service',
              minutesPerSession: input.minutes,
              sessionsPerPeriod: input.sessions,
              period: input.period,
            }),
          ],
        },
      ],
      calendar: { terms: [{ start: monday, end: addDays(monday, 150) }], closed },
      sessions: input.logged.map((l) => ({
        service: 'Service',
        date: addDays(monday, l.day),
        minutes: l.minutes,
        status: l.status,
        reason: l.status === 'missed' ? l.reason : null,
        makeUp: l.status === 'delivered' && l.makeUp,
      })),
      asOf: addDays(monday, 120),
    });
  }

  it('never owes less than zero nor more than the shortfalls, and owes nothing for an unfinished period', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const ledger = run(input).services[0];
        if (ledger === undefined) return;
        const shortfalls = ledger.periods.reduce((sum, p) => sum + p.shortfallMinutes, 0);
        for (const p of ledger.periods) {
          expect(p.owedMinutes).toBeGreaterThanOrEqual(0);
          if (!p.complete) expect(p.shortfallMinutes).toBe(0);
        }
        expect(ledger.owedMinutes).toBeLessThanOrEqual(shortfalls);
      }),
    );
  });

  it('owes every required minute of the finished periods when nothing was delivered or excused', () => {
    fc.assert(
      fc.property(arbitrary, (input) => {
        const ledger = run({ ...input, logged: [] }).services[0];
        if (ledger === undefined) return;
        const required = ledger.periods.filter((p) => p.complete).reduce((sum, p) => sum + p.requiredMinutes, 0);
        expect(ledger.owedMinutes).toBe(required);
      }),
    );
  });

  it('a closed day never adds to what a period requires', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 120 }), (input, day) => {
        const before = run(input).services[0];
        const after = run(input, day).services[0];
        if (before === undefined || after === undefined) return;
        after.periods.forEach((p, i) => {
          expect(p.requiredMinutes).toBeLessThanOrEqual(before.periods[i]?.requiredMinutes ?? 0);
        });
      }),
    );
  });

  it('a full week of school requires the plan minutes exactly, and a missed session the school caused is owed', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 120 }), fc.integer({ min: 1, max: 5 }), (minutes, sessions) => {
        const ledger = run({ minutes, sessions, period: 'week', closed: [], logged: [] }).services[0];
        expect(ledger?.periods[0]?.requiredMinutes).toBe(minutes * sessions);
        const missedOnce = run({
          minutes,
          sessions,
          period: 'week',
          closed: [],
          logged: [{ day: 1, minutes, status: 'missed', reason: 'provider-absent', makeUp: false }],
        }).services[0];
        expect(missedOnce?.periods[0]?.shortfallMinutes).toBe(minutes * sessions);
        const excused = run({
          minutes,
          sessions,
          period: 'week',
          closed: [],
          logged: [{ day: 1, minutes, status: 'missed', reason: 'student-refused', makeUp: false }],
        }).services[0];
        expect(excused?.periods[0]?.shortfallMinutes).toBe(minutes * sessions - minutes);
      }),
    );
  });

  it('a make-up session never raises what is owed, and delivering every requirement owes nothing', () => {
    fc.assert(
      fc.property(arbitrary, fc.integer({ min: 0, max: 120 }), (input, day) => {
        const before = run(input).services[0];
        const after = run({
          ...input,
          logged: [...input.logged, { day, minutes: 30, status: 'delivered', reason: 'provider-absent', makeUp: true }],
        }).services[0];
        if (before === undefined || after === undefined) return;
        expect(after.owedMinutes).toBeLessThanOrEqual(before.owedMinutes);
      }),
    );
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 1, max: 3 }), (minutes, sessions) => {
        // Every weekday a session of the whole week's minutes: every period is covered.
        const logged = Array.from({ length: 121 }, (_, day) => ({
          day,
          minutes: minutes * sessions,
          status: 'delivered' as const,
          reason: 'provider-absent' as const,
          makeUp: false,
        }));
        const ledger = run({ minutes, sessions, period: 'week', closed: [], logged }).services[0];
        expect(ledger?.owedMinutes).toBe(0);
      }),
    );
  });
});
