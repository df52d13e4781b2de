import { describe, expect, it } from 'vitest';
import { findRule } from '../law/rule-registry';
import { iepServiceSchema } from '../schemas/iep';
import type { MissedReason } from '../schemas/service-log';
import { servicesLedger, type IepVersionInEffect, type LedgerSession } from './services-ledger';
import { servicesNotDeliveredFindings } from './services-not-delivered';

// The services ledger's fixture (services-ledger.test.ts): the fictional fall term of 2026, speech 2 × 30 a week
// amended in week 6 to 3 × 30, occupational therapy 60 a month, Thanksgiving week closed.
const speech = (sessionsPerPeriod: number) =>
  iepServiceSchema.parse({
    id: 'speech',
    name: 'Speech therapy',
    minutesPerSession: 30,
    sessionsPerPeriod,
    period: 'week',
  });
const ot = iepServiceSchema.parse({
  id: 'ot',
  name: 'Occupational therapy',
  minutesPerSession: 60,
  sessionsPerPeriod: 1,
  period: 'month',
});
const versions: IepVersionInEffect[] = [
  { effectiveFrom: '2026-09-09', effectiveTo: '2026-10-14', services: [speech(2), ot] },
  { effectiveFrom: '2026-10-14', effectiveTo: null, services: [speech(3), ot] },
];
const calendar = {
  terms: [{ start: '2026-09-09', end: '2026-12-18' }],
  closed: [{ start: '2026-11-23', end: '2026-11-27' }],
};
const session = (service: string, date: string, minutes: number, reason: MissedReason | null, makeUp = false) =>
  ({
    service,
    date,
    minutes,
    status: reason === null ? 'delivered' : 'missed',
    reason,
    makeUp,
  }) satisfies LedgerSession;
const S = 'Speech therapy';
const O = 'Occupational therapy';
const FIXTURE: LedgerSession[] = [
  ...['2026-09-10', '2026-09-15', '2026-09-17', '2026-09-22'].map((d) => session(S, d, 30, null)),
  session(S, '2026-09-24', 30, 'provider-absent'),
  ...['2026-09-29', '2026-10-01', '2026-10-06', '2026-10-08', '2026-10-13', '2026-10-15', '2026-10-16'].map((d) =>
    session(S, d, 30, null),
  ),
  ...['2026-10-20', '2026-10-21', '2026-10-22', '2026-10-27', '2026-10-28'].map((d) => session(S, d, 30, null)),
  session(S, '2026-10-29', 30, 'provider-absent'),
  ...['2026-11-03', '2026-11-04', '2026-11-05', '2026-11-10', '2026-11-12'].map((d) => session(S, d, 30, null)),
  session(S, '2026-11-13', 30, 'student-absent'),
  ...['2026-11-17', '2026-11-18', '2026-11-19'].map((d) => session(S, d, 30, null)),
  ...['2026-12-01', '2026-12-02', '2026-12-03'].map((d) => session(S, d, 30, null)),
  ...['2026-12-08', '2026-12-09', '2026-12-10'].map((d) => session(S, d, 30, null)),
  ...['2026-12-15', '2026-12-16', '2026-12-17'].map((d) => session(S, d, 30, null)),
  session(S, '2026-12-18', 30, null, true),
  session(O, '2026-09-17', 60, null),
  session(O, '2026-10-15', 60, null),
  session(O, '2026-11-12', 60, 'provider-absent'),
  session(O, '2026-12-10', 60, null),
];

describe('the finding services-not-delivered', () => {
  it('is not made while no service owes more than one period (speech 36 of 90, OT 46 of 60)', () => {
    const ledger = servicesLedger({ versions, calendar, sessions: FIXTURE, asOf: '2026-12-31' });
    expect(ledger.services.map((s) => [s.serviceId, s.owedMinutes])).toEqual(
      expect.arrayContaining([
        ['speech', 36],
        ['ot', 46],
      ]),
    );
    expect(servicesNotDeliveredFindings(ledger)).toEqual([]);
  });

  it('is made, cited with its status from the rules data, when owed minutes exceed a week of speech', () => {
    // Two more provider absences in week 13 (Dec 1–3): 60 more minutes short, 36 + 60 = 96 owed, more than the 90 a
    // week the amended IEP requires. Occupational therapy still owes 46 of 60: no finding for it.
    const sessions = FIXTURE.map((s) =>
      s.service === S && (s.date === '2026-12-01' || s.date === '2026-12-02')
        ? session(S, s.date, 30, 'provider-absent')
        : s,
    );
    const ledger = servicesLedger({ versions, calendar, sessions, asOf: '2026-12-31' });
    expect(ledger.services.map((s) => [s.serviceId, s.owedMinutes])).toEqual(
      expect.arrayContaining([
        ['speech', 96],
        ['ot', 46],
      ]),
    );
    const findings = servicesNotDeliveredFindings(ledger);
    expect(findings).toHaveLength(1);
    const rule = findRule('idea.services-start');
    expect(findings[0]).toMatchObject({
      code: 'services-not-delivered',
      severity: 'violation',
      citation: '34 CFR 300.323(c)(2)',
      rule: 'idea.services-start',
      ruleStatus: rule?.status,
    });
    expect(findings[0]?.explanation.en).toContain('Speech therapy: 96 minutes');
    expect(findings[0]?.explanation.en).toContain("one week's requirement (90 minutes)");
    expect(findings[0]?.explanation.es).toContain('no se prestaron 96 minutos');
    expect(findings[0]?.message).toBe(findings[0]?.explanation.en);
  });
});
