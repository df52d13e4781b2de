import { addDays } from '../core/calendar/add-days';
import type { JurisdictionCode } from '../core/law/jurisdiction-names';
import type { CaseEvent } from '../core/schemas/case-file';
import { iepContentSchema } from '../core/schemas/iep';
import type { PlanVersion } from '../core/schemas/plan';
import { plan504ContentSchema } from '../core/schemas/plan-504';
import { computeTimeline } from '../core/timeline/compute-timeline';
import { calendarRow } from '../server/db/calendar-queries';
import type { Database } from '../server/db/database';
import { deadlineRows } from '../server/db/deadline-queries';
import { eventRow } from '../server/db/event-queries';
import { insertFamilyRow } from '../server/db/family-queries';
import { planRow, versionRow } from '../server/db/plan-queries';
import { pointRow } from '../server/db/progress-queries';
import { sortableId } from '../server/db/sortable-id';
import { studentRow } from '../server/db/student-queries';
import { BENCH_CALENDARS, seededRandom } from './generate-cases';

/**
 * A fictional district, reproducible from a seed: about 60% of students on an IEP and 40% on a 504 plan,
 * three years of events (requests, consents, evaluations — some late —, meetings, notices), 5 goals per IEP
 * with 30 progress points each, and every student's deadlines computed and stored, as the app keeps them.
 * Rows are built by the same functions the app's queries use (ids, JSON columns, mappings) and written in
 * large batches inside one transaction per 1,000 students.
 */
export interface SeedOptions {
  readonly students: number;
  readonly seed: number;
  readonly jurisdiction: JurisdictionCode;
  /** The day the district is seeded "as of"; events run up to it. */
  readonly today: string;
  readonly onProgress?: (done: number) => void;
}

export interface SeedCounts {
  students: number;
  ieps: number;
  plans504: number;
  events: number;
  goals: number;
  progressPoints: number;
  deadlines: number;
}

const SCHOOLS = Array.from({ length: 24 }, (_, i) => `School ${String(i + 1).padStart(2, '0')} (fictional)`);
/**
 * Each school's calendar as its families enter it: the schools share a few district calendars, and the
 * families of one school in four have not entered one. Chosen by the school, so the random sequence (and so
 * every other row) stays what it was before calendars were stored.
 */
const SCHOOL_CALENDARS = new Map(
  SCHOOLS.map((school, index) => [school, BENCH_CALENDARS[index % BENCH_CALENDARS.length]] as const),
);
const GIVEN = [
  'Ana',
  'Ben',
  'Cora',
  'Dev',
  'Eli',
  'Fay',
  'Gus',
  'Hana',
  'Ivo',
  'June',
  'Kai',
  'Lia',
  'Milo',
  'Nia',
  'Omar',
  'Pia',
];
const FAMILY = [
  'Alder',
  'Birch',
  'Cedar',
  'Dune',
  'Elm',
  'Fern',
  'Glen',
  'Hollis',
  'Ivy',
  'Juniper',
  'Kestrel',
  'Larch',
];

type Table =
  | 'students'
  | 'plans'
  | 'plan_versions'
  | 'case_events'
  | 'progress_points'
  | 'derived_deadlines'
  | 'deadline_computations'
  | 'student_calendars';
type Batch = Record<Table, object[]>;

async function flush(db: Database['db'], batch: Batch): Promise<void> {
  for (const [table, rows] of Object.entries(batch)) {
    // Stay under SQLite's bound-parameter limit (32,766) and PostgreSQL's (65,535).
    const columns = Object.keys(rows[0] ?? {}).length || 1;
    const size = Math.max(1, Math.floor(30_000 / columns));
    for (let i = 0; i < rows.length; i += size) {
      await db
        .insertInto(table as 'students')
        .values(rows.slice(i, i + size) as never)
        .execute();
    }
    batch[table as Table] = [];
  }
}

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Writes the district; answers what it wrote. The database must be migrated and empty. */
export async function seedDistrict(database: Database, options: SeedOptions): Promise<SeedCounts> {
  const random = seededRandom(options.seed);
  const counts: SeedCounts = {
    students: 0,
    ieps: 0,
    plans504: 0,
    events: 0,
    goals: 0,
    progressPoints: 0,
    deadlines: 0,
  };
  const at = `${options.today}T12:00:00.000Z`;
  const start = addDays(options.today, -3 * 365);
  const familyId = sortableId();
  await insertFamilyRow(database.db, {
    id: familyId,
    name: 'Synthetic district (fictional)',
    isDemo: false,
    createdAt: at,
  });

  for (let first = 0; first < options.students; first += 1000) {
    const batch: Batch = {
      students: [],
      plans: [],
      plan_versions: [],
      case_events: [],
      progress_points: [],
      derived_deadlines: [],
      deadline_computations: [],
      student_calendars: [],
    };
    const last = Math.min(options.students, first + 1000);
    for (let n = first; n < last; n += 1) {
      const id = sortableId();
      const school = pick(random, SCHOOLS);
      const isIep = random() < 0.6;
      const birthDate = addDays('2008-01-01', Math.floor(random() * 12 * 365));
      // Fields in the order the random sequence has always been drawn: given name, family name, grade, languages.
      batch.students.push(
        studentRow({
          id,
          familyId,
          at,
          givenName: pick(random, GIVEN),
          familyName: `${pick(random, FAMILY)}-${String(n)}`,
          birthDate,
          jurisdiction: options.jurisdiction,
          school,
          district: 'Synthetic Unified (fictional)',
          grade: String(1 + Math.floor(random() * 12)),
          homeLanguages: random() < 0.3 ? ['es', 'en'] : ['en'],
          contacts: [],
          gradeStarts: [],
        }),
      );
      const events: CaseEvent[] = [];
      const requested = addDays(start, Math.floor(random() * 300));
      events.push({ type: 'evaluation-requested', date: requested, by: 'parent' });
      let planStart: string;
      if (isIep) {
        const consent = addDays(requested, 5 + Math.floor(random() * 20));
        const evaluated = addDays(consent, 30 + Math.floor(random() * 45)); // some past the 60 days
        const eligibility = addDays(evaluated, 3);
        const initial = addDays(eligibility, 5 + Math.floor(random() * 35));
        planStart = addDays(initial, 1);
        events.push(
          { type: 'evaluation-consent-received', date: consent },
          { type: 'evaluation-completed', date: evaluated, kind: 'initial' },
          { type: 'eligibility-determined', date: eligibility, framework: 'idea', eligible: true },
          { type: 'iep-meeting-held', date: initial, purpose: 'initial', transition: random() < 0.5 },
          { type: 'safeguards-notice-given', date: initial },
          { type: 'plan-started', date: planStart, framework: 'iep' },
        );
        // Annual reviews: most on time, some late, the last one sometimes missing.
        let meeting = initial;
        for (;;) {
          meeting = addDays(meeting, 330 + Math.floor(random() * 60));
          if (meeting > options.today || random() < 0.1) break;
          events.push({ type: 'iep-meeting-held', date: meeting, purpose: 'annual', transition: random() < 0.6 });
        }
        counts.ieps += 1;
      } else {
        planStart = addDays(requested, 10 + Math.floor(random() * 40));
        events.push({ type: 'plan-started', date: planStart, framework: '504' });
        counts.plans504 += 1;
      }
      const events_ = events.filter((event) => event.date <= options.today);
      for (const event of events_) batch.case_events.push(eventRow({ studentId: id, event, source: null, at }));
      counts.events += events_.length;

      const planId = sortableId();
      // As the app stores a plan whose first version is final: the row, then its span (`setPlanSpan`).
      batch.plans.push({
        ...planRow({ id: planId, studentId: id, framework: isIep ? 'iep' : '504', at }),
        effective_from: planStart,
      });
      const goals = isIep
        ? Array.from({ length: 5 }, (_, g) => ({
            id: `goal-${String(g + 1)}`,
            area: ['Reading', 'Writing', 'Math', 'Behavior', 'Communication'][g] ?? 'Goal',
            statement: `By the annual review, the student will reach the target on weekly probes (goal ${String(g + 1)}).`,
            direction: 'increase',
            unit: 'points',
            baseline: { value: 20, date: planStart },
            target: { value: 60, date: addDays(planStart, 364) },
          }))
        : [];
      const version = {
        id: sortableId(),
        planId,
        number: 1,
        status: 'final',
        reason: 'initial',
        effectiveFrom: planStart,
        meetingId: null,
        createdAt: at,
        updatedAt: at,
        finalizedAt: at,
      } as const;
      const planVersion: PlanVersion = isIep
        ? { ...version, framework: 'iep', content: iepContentSchema.parse({ goals }) }
        : {
            ...version,
            framework: '504',
            content: plan504ContentSchema.parse({
              impairment: 'ADHD',
              accommodations: [{ id: 'a1', category: 'setting', description: 'Preferential seating' }],
            }),
          };
      batch.plan_versions.push(versionRow(planVersion));
      for (const goal of goals) {
        for (let week = 1; week <= 30; week += 1) {
          batch.progress_points.push(
            pointRow({
              id: sortableId(),
              studentId: id,
              planId,
              goalId: goal.id,
              date: addDays(planStart, week * 7),
              value: Math.round((20 + week * (0.8 + random()) + (random() - 0.5) * 6) * 10) / 10,
              note: null,
              measuredBy: null,
              createdAt: at,
              updatedAt: at,
            }),
          );
        }
      }
      counts.goals += goals.length;
      counts.progressPoints += goals.length * 30;

      const calendar = SCHOOL_CALENDARS.get(school);
      if (calendar !== undefined) batch.student_calendars.push(calendarRow(id, calendar, at));
      const result = computeTimeline(
        {
          jurisdiction: options.jurisdiction,
          student: { birthDate },
          ...(calendar === undefined ? {} : { calendar }),
          events: events_,
        },
        options.today,
      );
      batch.derived_deadlines.push(...deadlineRows({ id, school }, result.deadlines));
      batch.deadline_computations.push({ student_id: id, computed_on: options.today });
      counts.deadlines += result.deadlines.length;
      counts.students += 1;
    }
    await database.db.transaction().execute((trx) => flush(trx, batch));
    options.onProgress?.(last);
  }
  return counts;
}
