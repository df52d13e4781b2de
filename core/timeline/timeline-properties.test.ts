import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromEpochDay, toEpochDay } from '../calendar/epoch-day';
import type { CaseEvent, CaseFile } from '../schemas/case-file';
import { computeTimeline } from './compute-timeline';
import { DISTRICT_CALENDAR } from './fixtures/timeline-fixture';
import { timelineResultSchema } from './timeline-result';

const date = fc.integer({ min: toEpochDay('2020-01-01'), max: toEpochDay('2027-06-30') }).map(fromEpochDay);

const SIMPLE_TYPES = [
  'evaluation-requested',
  'referral-received',
  'evaluation-consent-received',
  'evaluation-consent-requested',
  'evaluation-refused',
  'evaluation-completed',
  'reevaluation-waived',
  'records-requested',
  'records-provided',
  'safeguards-notice-given',
  'majority-notice-given',
  'discrimination-occurred',
  'ocr-complaint-filed',
  'violation-occurred',
  'violation-known',
  'state-complaint-filed',
  'state-complaint-decided',
  'due-process-filed',
  'resolution-meeting-held',
  'hearing-decided',
  'placement-change-decided',
  'manifestation-determination-held',
] as const;

/** Binder's added field-less events (a second list: TypeScript checks unions of at most 25 members). */
const ADDED_TYPES = [
  'prior-written-notice-given',
  'iee-funded',
  'referral-meeting-held',
  'meeting-notice-given',
  'draft-iep-provided',
  'referral-documented',
  'consent-efforts-documented',
  'meeting-documents-provided',
  'reevaluation-consent-received',
] as const;

const event: fc.Arbitrary<CaseEvent> = fc.oneof(
  fc.record({ type: fc.constantFrom(...SIMPLE_TYPES), date }),
  fc.record({ type: fc.constantFrom(...ADDED_TYPES), date }),
  fc.record({
    type: fc.constant('iep-meeting-held' as const),
    date,
    purpose: fc.constantFrom('initial' as const, 'annual' as const, 'amendment' as const),
    transition: fc.boolean(),
  }),
  fc.record({
    type: fc.constantFrom('plan-started' as const, 'plan-ended' as const),
    date,
    framework: fc.constantFrom('iep' as const, '504' as const),
  }),
  fc.record({
    type: fc.constant('eligibility-determined' as const),
    date,
    framework: fc.constantFrom('idea' as const, '504' as const),
    eligible: fc.boolean(),
  }),
  fc.record({
    type: fc.constant('due-process-filed' as const),
    date,
    by: fc.constantFrom('parent' as const, 'school' as const),
  }),
  fc.record({
    type: fc.constant('plan-review-scheduled' as const),
    date,
    framework: fc.constant('504' as const),
    reviewDate: date,
  }),
  fc.record({
    type: fc.constant('meeting-scheduled' as const),
    date,
    meetingDate: date,
    kind: fc.constantFrom('iep' as const, 'hearing' as const, 'referral' as const),
    purpose: fc.constantFrom('initial' as const, 'annual' as const),
  }),
);

const caseFile: fc.Arbitrary<CaseFile> = fc.record({
  jurisdiction: fc.constantFrom(
    'US',
    'CA',
    'CT',
    'FL',
    'GA',
    'IL',
    'MD',
    'MA',
    'MI',
    'NH',
    'NJ',
    'OH',
    'PA',
    'TN',
    'TX',
    'VA',
    'WA',
    'WI',
    'AL',
    // Delaware's earlier of two clocks and grade trigger; Kansas's clock to the IEP in effect; Alaska's 12 months.
    'DE',
    'KS',
    'AK',
    // The last clocks: school- and business-day counts back from a meeting, referral conferences.
    'DC',
    'AR',
    'SD',
    'PR',
  ),
  student: fc.record(
    {
      birthDate: fc.integer({ min: toEpochDay('2004-01-01'), max: toEpochDay('2018-12-31') }).map(fromEpochDay),
      gradeStarts: fc.array(
        fc.record({
          grade: fc.integer({ min: 0, max: 12 }),
          date: fc.integer({ min: toEpochDay('2000-01-01'), max: toEpochDay('2030-12-31') }).map(fromEpochDay),
        }),
        { maxLength: 3 },
      ),
    },
    { requiredKeys: ['birthDate'] },
  ),
  calendar: fc.constantFrom(DISTRICT_CALENDAR, { holidays: ['2025-12-25'] }),
  events: fc.array(event, { maxLength: 30 }),
});

describe('deadline engine properties', () => {
  it('never puts a due date before its trigger (or its meeting), and keeps statuses consistent', () => {
    fc.assert(
      fc.property(caseFile, date, (file, asOf) => {
        const result = computeTimeline(file, asOf);
        for (const deadline of result.deadlines) {
          // A clock counted back from a meeting (Tennessee's notice) ends before the meeting, and may end
          // before the day it was scheduled: scheduled too late is already late.
          const isBeforeMeeting = ['meeting-notice', 'draft-iep', 'meeting-documents'].includes(deadline.kind);
          if (deadline.due !== null && !isBeforeMeeting) expect(deadline.due >= deadline.trigger.date).toBe(true);
          if (deadline.due !== null && isBeforeMeeting) {
            const due = deadline.due;
            const isMeetingLater = file.events.some(
              (event) =>
                event.type === 'meeting-scheduled' && event.date === deadline.trigger.date && due < event.meetingDate,
            );
            expect(isMeetingLater).toBe(true);
          }
          if (deadline.status === 'met')
            expect(deadline.completedOn !== null && deadline.completedOn <= (deadline.due ?? '')).toBe(true);
          if (deadline.status === 'late')
            expect(deadline.completedOn !== null && deadline.completedOn > (deadline.due ?? '')).toBe(true);
          if (deadline.status === 'overdue')
            expect(deadline.completedOn === null && asOf > (deadline.due ?? '')).toBe(true);
          if (deadline.completedOn !== null) expect(deadline.completedOn <= asOf).toBe(true);
          expect(deadline.citation).not.toBe('');
        }
      }),
      { numRuns: 300 },
    );
  });

  it('orders deadlines by due date with unknown dates last, and matches the output schema', () => {
    fc.assert(
      fc.property(caseFile, date, (file, asOf) => {
        const result = computeTimeline(file, asOf);
        const dues = result.deadlines.map((deadline) => deadline.due ?? '9999-99-99');
        expect(dues).toEqual([...dues].sort());
        expect(timelineResultSchema.safeParse(result).success).toBe(true);
      }),
      { numRuns: 200 },
    );
  });

  it('does not change when an event after the as-of date or an unrelated event is added', () => {
    fc.assert(
      fc.property(caseFile, date, fc.integer({ min: 1, max: 400 }), event, (file, asOf, later, extra) => {
        const before = computeTimeline(file, asOf);
        const afterAsOf = { ...extra, date: fromEpochDay(toEpochDay(asOf) + later) } as CaseEvent;
        expect(computeTimeline({ ...file, events: [...file.events, afterAsOf] }, asOf)).toEqual(before);
        // A civil action matters only in Washington (its 90-day window); elsewhere nothing changes.
        if (file.jurisdiction !== 'WA') {
          const unrelated: CaseEvent = { type: 'civil-action-filed', date: fromEpochDay(toEpochDay(asOf) - later) };
          expect(computeTimeline({ ...file, events: [unrelated, ...file.events] }, asOf)).toEqual(before);
        }
      }),
      { numRuns: 200 },
    );
  });

  it('does not depend on the order of events in the file', () => {
    fc.assert(
      fc.property(caseFile, date, (file, asOf) => {
        const sorted = [...file.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const reversedWithinDay = [...sorted]
          .reverse()
          .sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
        const one = computeTimeline({ ...file, events: sorted }, asOf);
        const other = computeTimeline({ ...file, events: reversedWithinDay }, asOf);
        expect(other.deadlines.map((d) => [d.rule, d.due, d.status, d.completedOn])).toEqual(
          one.deadlines.map((d) => [d.rule, d.due, d.status, d.completedOn]),
        );
      }),
      { numRuns: 150 },
    );
  });
});
