import {
  fromEpochDay,
  isoWeekday,
  isWeekend,
  partsFromEpochDay,
  epochDayFromParts,
  daysInMonth,
  toEpochDay,
} from '../calendar/epoch-day';
import {
  compileSchoolCalendar,
  hasTerms,
  isSchoolDay,
  termContaining,
  type SchoolCalendarInput,
} from '../calendar/school-calendar';
import type { IepService } from '../schemas/iep';
import type { Plan } from '../schemas/plan';
import type { LedgerPeriod, ServiceLedger, ServicesLedger } from '../schemas/service-ledger';
import { SCHOOL_CAUSED_REASONS, type MissedReason, type ServiceLogStatus } from '../schemas/service-log';

/** One final version of an IEP as the ledger needs it: the days it is in effect (end exclusive) and its services. */
export interface IepVersionInEffect {
  readonly effectiveFrom: string;
  /** The first day it is no longer in effect, or null while it still is. */
  readonly effectiveTo: string | null;
  readonly services: readonly IepService[];
}

/** One logged session as the ledger needs it. */
export interface LedgerSession {
  readonly service: string;
  readonly date: string;
  readonly minutes: number;
  readonly status: ServiceLogStatus;
  readonly reason: MissedReason | null;
  readonly makeUp: boolean;
}

type Period = IepService['period'];

/** A service name as compared: trimmed, case-insensitive (as the service log's totals compare them). */
export function serviceNameKey(name: string): string {
  return name.trim().toLocaleLowerCase('en-US');
}

/** The first and last day (epoch days, inclusive) of the reporting period of `period` containing `day`. */
function periodBounds(period: Period, day: number): { start: number; end: number } {
  if (period === 'day') return { start: day, end: day };
  if (period === 'week') {
    const start = day - (isoWeekday(day) - 1);
    return { start, end: start + 6 };
  }
  const { year, month } = partsFromEpochDay(day);
  if (period === 'month') {
    const start = epochDayFromParts(year, month, 1);
    return { start, end: start + daysInMonth(year, month) - 1 };
  }
  return { start: epochDayFromParts(year, 1, 1), end: epochDayFromParts(year, 12, 31) };
}

function weekdaysBetween(start: number, end: number): number {
  let count = 0;
  for (let day = start; day <= end; day++) if (!isWeekend(day)) count++;
  return count;
}

/**
 * What a day of a full period is worth (docs/decisions/0033): a week's or a month's requirement is spread evenly over
 * its weekdays (Monday to Friday), so a closure, a holiday or a day before the term starts leaves its share unowed;
 * a year's over the weekdays of the school year (the term) the day is in, or of the calendar year without terms.
 */
function dayShareDenominator(
  period: Period,
  day: number,
  term: { readonly start: number; readonly end: number } | undefined,
): number {
  if (period === 'day') return 1;
  if (period === 'year' && term !== undefined) return weekdaysBetween(term.start, term.end);
  const { start, end } = periodBounds(period, day);
  return weekdaysBetween(start, end);
}

interface ServiceTrack {
  readonly id: string;
  name: string;
  period: Period;
  minutesPerPeriod: number;
  readonly names: Set<string>;
  /** Minutes required on each day the service is in effect (exact, before rounding per period). */
  readonly daily: Map<number, number>;
  /** The days on which the service is in effect, school day or not. */
  readonly inEffect: Set<number>;
  first: number;
  last: number;
}

/**
 * The services ledger (issue 21, docs/decisions/0033): for each IEP service, per reporting period, the minutes the
 * version in effect on each school day required, the minutes delivered and missed (by reason), and the compensatory
 * minutes owed so far. Only complete periods (ended on or before `asOf`) owe anything; make-up sessions reduce the
 * running total; minutes delivered beyond one period's requirement do not pay another period's shortfall.
 */
export function servicesLedger(input: {
  readonly versions: readonly IepVersionInEffect[];
  readonly calendar: SchoolCalendarInput | undefined;
  readonly sessions: readonly LedgerSession[];
  readonly asOf: string;
}): ServicesLedger {
  const asOf = toEpochDay(input.asOf);
  const withTerms = hasTerms(input.calendar);
  const compiled = compileSchoolCalendar(input.calendar ?? {});
  const schoolDay = (day: number): boolean =>
    withTerms ? isSchoolDay(compiled, day) : !isWeekend(day) && !compiled.closed.has(day);

  const tracks = new Map<string, ServiceTrack>();
  const versions = [...input.versions].sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
  for (const version of versions) {
    const from = toEpochDay(version.effectiveFrom);
    const to = Math.min(version.effectiveTo === null ? asOf : toEpochDay(version.effectiveTo) - 1, asOf);
    for (const service of version.services) {
      if (service.name.trim() === '') continue;
      const start = Math.max(from, service.startDate === null ? from : toEpochDay(service.startDate));
      const end = Math.min(to, service.endDate === null ? to : toEpochDay(service.endDate));
      const perPeriod = (service.minutesPerSession ?? 0) * (service.sessionsPerPeriod ?? 0);
      const track: ServiceTrack = tracks.get(service.id) ?? {
        id: service.id,
        name: service.name.trim(),
        period: service.period,
        minutesPerPeriod: perPeriod,
        names: new Set<string>(),
        daily: new Map<number, number>(),
        inEffect: new Set<number>(),
        first: Number.POSITIVE_INFINITY,
        last: Number.NEGATIVE_INFINITY,
      };
      track.name = service.name.trim();
      track.period = service.period;
      track.minutesPerPeriod = perPeriod;
      track.names.add(serviceNameKey(service.name));
      tracks.set(service.id, track);
      for (let day = start; day <= end; day++) {
        track.inEffect.add(day);
        track.first = Math.min(track.first, day);
        track.last = Math.max(track.last, day);
        if (!schoolDay(day)) {
          track.daily.delete(day);
          continue;
        }
        const term = withTerms ? termContaining(compiled, day) : undefined;
        track.daily.set(day, perPeriod / dayShareDenominator(service.period, day, term));
      }
    }
  }

  const byName = new Map<string, ServiceTrack>();
  for (const track of tracks.values()) for (const name of track.names) if (!byName.has(name)) byName.set(name, track);

  const sessionsOf = new Map<ServiceTrack, LedgerSession[]>();
  let unmatchedSessions = 0;
  for (const session of input.sessions) {
    const track = byName.get(serviceNameKey(session.service));
    if (track === undefined) {
      unmatchedSessions++;
      continue;
    }
    sessionsOf.set(track, [...(sessionsOf.get(track) ?? []), session]);
  }

  const services: ServiceLedger[] = [];
  for (const track of tracks.values()) {
    if (track.first > track.last) continue;
    services.push(ledgerOfTrack(track, sessionsOf.get(track) ?? [], asOf, schoolDay));
  }
  services.sort((a, b) => a.service.localeCompare(b.service, 'en-US'));
  return {
    asOf: input.asOf,
    hasCalendar: withTerms,
    services,
    owedMinutes: services.reduce((sum, service) => sum + service.owedMinutes, 0),
    unmatchedSessions,
  };
}

function ledgerOfTrack(
  track: ServiceTrack,
  sessions: readonly LedgerSession[],
  asOf: number,
  schoolDay: (day: number) => boolean,
): ServiceLedger {
  const periods: LedgerPeriod[] = [];
  const missed = new Map<MissedReason | null, { sessions: number; minutes: number }>();
  let owed = 0;
  let required = 0;
  let delivered = 0;
  let madeUp = 0;
  const lastPeriod = periodBounds(track.period, track.last);
  for (let start = periodBounds(track.period, track.first).start; start <= lastPeriod.start;) {
    const bounds = periodBounds(track.period, start);
    let exact = 0;
    let schoolDays = 0;
    for (let day = bounds.start; day <= bounds.end; day++) {
      const share = track.daily.get(day);
      if (share !== undefined) {
        exact += share;
        schoolDays++;
      } else if (track.inEffect.has(day) && schoolDay(day)) schoolDays++;
    }
    const inPeriod = sessions.filter((s) => {
      const day = toEpochDay(s.date);
      return bounds.start <= day && day <= bounds.end;
    });
    const sum = (keep: (s: LedgerSession) => boolean): number =>
      inPeriod.filter(keep).reduce((total, s) => total + s.minutes, 0);
    const requiredMinutes = Math.round(exact);
    const deliveredMinutes = sum((s) => s.status === 'delivered' && !s.makeUp);
    const madeUpMinutes = sum((s) => s.status === 'delivered' && s.makeUp);
    const excusedMinutes = sum((s) => s.status === 'missed' && s.reason !== null && !isSchoolCaused(s.reason));
    const schoolMissedMinutes = sum((s) => s.status === 'missed' && (s.reason === null || isSchoolCaused(s.reason)));
    const complete = bounds.end <= asOf;
    const shortfallMinutes = complete ? Math.max(0, requiredMinutes - deliveredMinutes - excusedMinutes) : 0;
    owed = Math.max(0, owed + shortfallMinutes - madeUpMinutes);
    for (const s of inPeriod) {
      if (s.status !== 'missed') continue;
      const tally = missed.get(s.reason) ?? { sessions: 0, minutes: 0 };
      missed.set(s.reason, { sessions: tally.sessions + 1, minutes: tally.minutes + s.minutes });
    }
    required += requiredMinutes;
    delivered += deliveredMinutes;
    madeUp += madeUpMinutes;
    periods.push({
      start: fromEpochDay(bounds.start),
      end: fromEpochDay(bounds.end),
      complete,
      schoolDays,
      requiredMinutes,
      deliveredMinutes,
      excusedMinutes,
      schoolMissedMinutes,
      madeUpMinutes,
      shortfallMinutes,
      owedMinutes: owed,
    });
    start = bounds.end + 1;
  }
  return {
    serviceId: track.id,
    service: track.name,
    period: track.period,
    minutesPerPeriod: track.minutesPerPeriod,
    firstDay: fromEpochDay(track.first),
    lastDay: fromEpochDay(track.last),
    periods,
    requiredMinutes: required,
    deliveredMinutes: delivered,
    madeUpMinutes: madeUp,
    missed: [...missed.entries()]
      .map(([reason, tally]) => ({ reason, ...tally, owed: reason === null || isSchoolCaused(reason) }))
      .sort((a, b) => (a.reason ?? '').localeCompare(b.reason ?? '')),
    owedMinutes: owed,
    exceedsOnePeriod: track.minutesPerPeriod > 0 && owed > track.minutesPerPeriod,
  };
}

function isSchoolCaused(reason: MissedReason): boolean {
  return SCHOOL_CAUSED_REASONS.includes(reason);
}

/**
 * The final versions of a child's IEPs as spans with their services: each version is in effect from its own
 * `effectiveFrom` until the next final version's, the last one until its plan's `effectiveTo` (exclusive).
 */
export function iepVersionsInEffect(plans: readonly Plan[]): IepVersionInEffect[] {
  const spans: IepVersionInEffect[] = [];
  for (const plan of plans) {
    const finals = plan.versions
      .flatMap((v) =>
        v.framework === 'iep' && v.status === 'final' && v.effectiveFrom !== null
          ? [{ effectiveFrom: v.effectiveFrom, services: v.content.services }]
          : [],
      )
      .sort((a, b) => a.effectiveFrom.localeCompare(b.effectiveFrom));
    finals.forEach((version, index) => {
      spans.push({ ...version, effectiveTo: finals[index + 1]?.effectiveFrom ?? plan.effectiveTo });
    });
  }
  return spans;
}
