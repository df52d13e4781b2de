import { fromEpochDay, toEpochDay } from '../core/calendar/epoch-day';
import type { CaseEvent, CaseFile } from '../core/schemas/case-file';

/**
 * Deterministic fictional case files for benchmarks and tests: the same seed gives the same cases
 * on every machine. Each case tells a plausible story (request, consent, evaluation, eligibility,
 * IEP meetings …) padded with other events, 5–40 events in all, across a mix of jurisdictions and
 * a few shared district calendars (as real districts share one calendar across many students).
 */

/** Small fast PRNG (mulberry32); returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const JURISDICTIONS = [
  'US',
  'US',
  'US',
  'CA',
  'TX',
  'PA',
  'GA',
  'FL',
  'MD',
  'WA',
  'VA',
  'IL',
  'NY',
  'MA',
  'NH',
  'AL',
  'OK',
  'CT',
];

function schoolYear(startYear: number, shift: number): NonNullable<CaseFile['calendar']> {
  const d = (year: number, month: number, day: number) =>
    `${String(year)}-${String(month).padStart(2, '0')}-${String(day + shift).padStart(2, '0')}`;
  return {
    terms: [{ start: d(startYear, 8, 20), end: d(startYear + 1, 6, 5) }],
    closed: [
      d(startYear, 9, 1),
      { start: d(startYear, 11, 24), end: d(startYear, 11, 28) },
      { start: d(startYear, 12, 20), end: d(startYear + 1, 1, 3) },
      { start: d(startYear + 1, 3, 20), end: d(startYear + 1, 3, 27) },
    ],
  };
}

/** A district calendar covering the 2021–2028 school years. */
function districtCalendar(shift: number, hasHolidays: boolean): NonNullable<CaseFile['calendar']> {
  const years = [2021, 2022, 2023, 2024, 2025, 2026, 2027].map((year) => schoolYear(year, shift));
  return {
    terms: years.flatMap((year) => year.terms ?? []),
    closed: years.flatMap((year) => year.closed ?? []),
    ...(hasHolidays ? { holidays: ['2025-11-27', '2025-12-25', '2026-01-01', '2026-05-25', '2026-07-03'] } : {}),
  };
}

/** The shared calendars; `undefined` = a case file without a calendar. */
export const BENCH_CALENDARS: readonly (CaseFile['calendar'] | undefined)[] = [
  districtCalendar(0, false),
  districtCalendar(1, true),
  districtCalendar(2, false),
  undefined,
];

type Story = readonly (readonly [CaseEvent['type'], Record<string, unknown>?])[];

const STORY: Story = [
  ['evaluation-requested', { by: 'parent' }],
  ['referral-received'],
  ['safeguards-notice-given'],
  ['evaluation-consent-received'],
  ['evaluation-completed', { kind: 'initial' }],
  ['eligibility-determined', { framework: 'idea', eligible: true }],
  ['iep-meeting-held', { purpose: 'initial', transition: false }],
  ['plan-started', { framework: 'iep' }],
  ['records-requested'],
  ['records-provided'],
  ['safeguards-notice-given'],
  ['iep-meeting-held', { purpose: 'annual', transition: false }],
  ['placement-change-decided'],
  ['manifestation-determination-held'],
  ['iep-meeting-held', { purpose: 'annual', transition: true }],
  ['evaluation-completed', { kind: 'reevaluation' }],
  ['iep-meeting-held', { purpose: 'annual', transition: true }],
];

const EXTRAS: Story = [
  ['violation-occurred'],
  ['violation-known'],
  ['state-complaint-filed'],
  ['state-complaint-decided'],
  ['due-process-filed'],
  ['resolution-meeting-held'],
  ['hearing-decided'],
  ['discrimination-occurred'],
  ['ocr-complaint-filed'],
  ['plan-started', { framework: '504' }],
  ['meeting-scheduled', { kind: 'iep' }],
  ['majority-notice-given'],
  ['reevaluation-waived'],
  ['iep-meeting-held', { purpose: 'amendment' }],
];

/** One fictional case; `random` drives every choice. */
export function generateCase(random: () => number): CaseFile {
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)] as T;
  const count = 5 + Math.floor(random() * 36);
  const start = toEpochDay('2021-09-01') + Math.floor(random() * 900);
  const events: CaseEvent[] = [];
  let day = start;
  const storyLength = Math.min(STORY.length, Math.max(3, Math.floor(count * 0.6)));
  for (let index = 0; index < storyLength; index++) {
    const [type, fields] = STORY[index] ?? STORY[0] ?? ['evaluation-requested'];
    day += 3 + Math.floor(random() * (index < 8 ? 40 : 200));
    events.push({ type, date: fromEpochDay(day), ...fields } as CaseEvent);
  }
  while (events.length < count) {
    const [type, fields] = pick(EXTRAS);
    const eventDay = start + Math.floor(random() * (day - start + 60));
    const extra: Record<string, unknown> = { ...fields };
    if (type === 'meeting-scheduled') extra.meetingDate = fromEpochDay(eventDay + 5 + Math.floor(random() * 30));
    events.push({ type, date: fromEpochDay(eventDay), ...extra } as CaseEvent);
  }
  if (random() < 0.5) events.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const birth = start - Math.floor((6 + random() * 11) * 365.25);
  const calendar = pick(BENCH_CALENDARS);
  return {
    jurisdiction: pick(JURISDICTIONS),
    student: { birthDate: fromEpochDay(birth) },
    ...(calendar === undefined ? {} : { calendar }),
    events,
  };
}

/** `count` fictional cases from `seed`, plus an as-of date for each. */
export function generateCases(count: number, seed: number): { caseFile: CaseFile; asOf: string }[] {
  const random = seededRandom(seed);
  const cases: { caseFile: CaseFile; asOf: string }[] = [];
  for (let index = 0; index < count; index++) {
    const caseFile = generateCase(random);
    const last = caseFile.events.reduce((max, event) => (event.date > max ? event.date : max), '0000-01-01');
    cases.push({ caseFile, asOf: fromEpochDay(toEpochDay(last) + Math.floor(random() * 120) - 30) });
  }
  return cases;
}
