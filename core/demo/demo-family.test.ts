import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { addDays, daysBetween } from '../calendar/add-days';
import { fromEpochDay, toEpochDay } from '../calendar/epoch-day';
import { caseFileSchema } from '../schemas/case-file';
import { communicationInputSchema } from '../schemas/communication';
import { iepContentSchema } from '../schemas/iep';
import { letterContentSchema } from '../schemas/letter-content';
import { meetingInputSchema } from '../schemas/meeting';
import { plan504ContentSchema } from '../schemas/plan-504';
import { serviceLogInputSchema } from '../schemas/service-log';
import { computeTimeline } from '../timeline/compute-timeline';
import { servicesLedger } from '../ledger/services-ledger';
import { demoFamily, type DemoStudent } from './demo-family';

/** The deadline engine's view of a demo child, as the server builds it (events plus the 504 review date). */
function timelineOf(student: DemoStudent, today: string) {
  const inEffect = student.plan.versions.at(-1);
  const reviewDate = student.plan.framework === '504' ? inEffect?.content['reviewDate'] : undefined;
  const letterEvents = student.letters.map((letter) => ({ type: 'records-requested', date: letter.date }));
  const caseFile = caseFileSchema.parse({
    jurisdiction: student.jurisdiction,
    student: { birthDate: student.birthDate },
    calendar: student.calendar,
    events: [
      ...student.events,
      ...letterEvents,
      ...(typeof reviewDate === 'string'
        ? [{ type: 'plan-review-scheduled', date: student.plan.effectiveFrom, framework: '504', reviewDate }]
        : []),
    ],
  });
  return computeTimeline(caseFile, today);
}

/** Days from 1990 to 2100, with leap days and year ends drawn often. */
const todays = fc.oneof(
  fc.integer({ min: toEpochDay('1990-01-01'), max: toEpochDay('2100-12-31') }).map(fromEpochDay),
  fc.integer({ min: 1990, max: 2099 }).map((year) => `${String(year)}-12-31`),
  fc.integer({ min: 1990, max: 2099 }).map((year) => `${String(year + 1)}-01-01`),
  fc.constantFrom(1992, 2000, 2024, 2028, 2096).map((year) => `${String(year)}-02-29`),
);

function checkLiving(today: string): void {
  const family = demoFamily(today);
  const [maya, leo] = family.students;
  if (maya === undefined || leo === undefined) throw new Error('the demo family has two children');
  const all = [...timelineOf(maya, today).deadlines, ...timelineOf(leo, today).deadlines].filter((d) => !d.isWindow);
  expect(all.filter((d) => d.status === 'overdue').length).toBeGreaterThanOrEqual(1);
  const soon = all.filter(
    (d) => d.status === 'open' && d.due !== null && d.due >= today && daysBetween(today, d.due) <= 30,
  );
  expect(soon.length).toBeGreaterThanOrEqual(2);
  const review = timelineOf(leo, today).reminders.find((r) => r.kind === 'plan-review');
  expect(review?.due).toBeDefined();
  const reviewIn = daysBetween(today, review?.due ?? '');
  expect(reviewIn).toBeGreaterThanOrEqual(0);
  expect(reviewIn).toBeLessThanOrEqual(30);
  for (const goal of maya.progress) {
    const last = goal.points.at(-1)?.date ?? '';
    expect(last <= today).toBe(true);
    expect(daysBetween(last, today)).toBeLessThanOrEqual(7);
  }
  const meetings = maya.meetings.map((m) => meetingInputSchema.parse(m));
  expect(meetings.some((m) => m.date < today)).toBe(true);
  expect(meetings.some((m) => m.date > today)).toBe(true);
}

describe('the living demo family', () => {
  test('for any today: a missed deadline, two coming within 30 days, a 504 review soon, scores from last week', () => {
    fc.assert(fc.property(todays, checkLiving), { numRuns: 60 });
  });

  test('every plan version, meeting, message and letter passes the schemas a person’s input passes', () => {
    for (const language of ['en', 'es', 'vi', 'zh-Hans', 'ar'] as const) {
      for (const student of demoFamily('2027-03-01', language).students) {
        for (const version of student.plan.versions) {
          const schema = student.plan.framework === 'iep' ? iepContentSchema : plan504ContentSchema;
          expect(schema.safeParse(version.content).success).toBe(true);
        }
        for (const entry of student.communications)
          expect(communicationInputSchema.safeParse(entry).success).toBe(true);
        for (const meeting of student.meetings) expect(meetingInputSchema.safeParse(meeting).success).toBe(true);
        for (const letter of student.letters) expect(letterContentSchema.safeParse(letter).success).toBe(true);
      }
    }
  });

  test('the IEP has versions that differ, so they can be compared', () => {
    const maya = demoFamily('2027-03-01').students[0];
    const [earlier, later] = (maya?.plan.versions ?? []).slice(-2);
    expect((earlier?.effectiveFrom ?? '') < (later?.effectiveFrom ?? '')).toBe(true);
    expect(JSON.stringify(earlier?.content)).not.toBe(JSON.stringify(later?.content));
  });

  test('in Spanish the words are Spanish and the dates and names the same', () => {
    const today = '2027-03-01';
    const en = demoFamily(today, 'en');
    const es = demoFamily(today, 'es');
    expect(es.name).toBe('Familia Rivera (demo)');
    expect(es.students.map((s) => s.givenName)).toEqual(en.students.map((s) => s.givenName));
    expect(es.students[0]?.events).toEqual(en.students[0]?.events);
    const goal = iepContentSchema.parse(es.students[0]?.plan.versions.at(-1)?.content).goals[0];
    expect(goal?.statement).toContain('palabras correctas por minuto');
    expect(goal?.target.date).toBe(addDays(today, 25));
    expect(es.students[0]?.letters[0]?.language).toBe('es');
    expect(es.students[0]?.communications[0]?.['subject']).not.toBe(en.students[0]?.communications[0]?.['subject']);
  });
});

describe('the demo family in Vietnamese, Chinese and Arabic', () => {
  const today = '2027-03-01';
  const en = demoFamily(today, 'en');
  test.each(['vi', 'zh-Hans', 'ar'] as const)(
    "in %s the family's own words are translated; the school's documents and the sent letter stay English",
    (language) => {
      const family = demoFamily(today, language);
      expect(family.name).not.toBe(en.name);
      expect(family.name).toContain('Rivera');
      for (const [i, student] of family.students.entries()) {
        const english = en.students[i];
        expect(student.givenName).toBe(english?.givenName);
        expect(student.events).toEqual(english?.events);
        expect(student.progress).toEqual(english?.progress);
        // The plans are the school's documents, written in English, that goal checks analyse.
        expect(student.plan).toEqual(english?.plan);
        expect(student.serviceLog).toEqual(english?.serviceLog);
        expect(student.letters).toEqual(english?.letters);
        for (const [j, entry] of student.communications.entries()) {
          const other = english?.communications[j];
          expect(entry['date']).toBe(other?.['date']);
          for (const field of ['counterpart', 'subject', 'summary']) expect(entry[field]).not.toBe(other?.[field]);
        }
        for (const [j, meeting] of student.meetings.entries()) {
          const other = english?.meetings[j];
          expect(meeting['date']).toBe(other?.['date']);
          expect(JSON.stringify(meeting)).not.toBe(JSON.stringify(other));
        }
      }
      const words = JSON.stringify(family.students.map((s) => [s.communications, s.meetings]));
      const script = {
        vi: /[ạảấầẩẫậắằẳẵặẹẻẽếềểễệịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹđ]/u,
        'zh-Hans': /\p{Script=Han}/u,
        ar: /\p{Script=Arabic}/u,
      };
      expect(words).toMatch(script[language]);
    },
  );
});

describe("the demo family's services ledger", () => {
  test.each(['2026-12-07', '2027-03-15', '2027-10-04'])(
    "as of %s Maya's speech-language therapy has minutes owed and her reading none",
    (today) => {
      for (const language of ['en', 'es'] as const) {
        const maya = demoFamily(today, language).students[0];
        if (maya === undefined) throw new Error('no Maya');
        const versions = maya.plan.versions.map((version, index) => ({
          effectiveFrom: version.effectiveFrom,
          effectiveTo: maya.plan.versions[index + 1]?.effectiveFrom ?? null,
          services: iepContentSchema.parse(version.content).services,
        }));
        const sessions = (maya.serviceLog ?? []).map((session) => ({
          ...serviceLogInputSchema.parse(session),
          reason: session.reason ?? null,
          makeUp: false,
        }));
        const ledger = servicesLedger({ versions, calendar: maya.calendar, sessions, asOf: today });
        const speech = ledger.services.find((s) => s.serviceId === 'demo-service-speech');
        const reading = ledger.services.find((s) => s.serviceId === 'demo-service-reading');
        expect(ledger.unmatchedSessions).toBe(0);
        // Two missed sessions of 30 minutes, in weeks that have ended: 30 to 60 minutes owed by proration.
        expect(speech?.owedMinutes).toBeGreaterThan(0);
        expect(speech?.owedMinutes).toBeLessThanOrEqual(60);
        expect(reading?.owedMinutes).toBe(0);
      }
    },
  );
});
