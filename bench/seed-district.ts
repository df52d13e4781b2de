import { randomUUID } from 'node:crypto';
import { addDays } from '../core/calendar/add-days';
import type { CaseEvent } from '../core/schemas/case-file';
import { iepContentSchema } from '../core/schemas/iep';
import { plan504ContentSchema } from '../core/schemas/plan-504';
import { computeTimeline } from '../core/timeline/compute-timeline';
import type { Database } from '../server/db/database';
import { BENCH_CALENDARS, seededRandom } from './generate-cases';

/**
 * A fictional district, reproducible from a seed: about 60% of students on an IEP and 40% on a 504 plan,
 * three years of events (requests, consents, evaluations — some late —, meetings, notices), 5 goals per IEP
 * with 30 progress points each, and every student's deadlines computed and stored, as the app keeps them.
 * Rows are written in large batches inside one transaction per 1,000 students.
 */
export interface SeedOptions {
  readonly students: number;
  readonly seed: number;
  readonly jurisdiction: string;
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
  SCHOOLS.map((school, index) => {
    const calendar = BENCH_CALENDARS[index % BENCH_CALENDARS.length];
    return [school, calendar === undefined ? undefined : { calendar, json: JSON.stringify(calendar) }] as const;
  }),
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

type Batch = Record<string, Record<string, unknown>[]>;

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
    batch[table] = [];
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
  const familyId = randomUUID();
  await database.db
    .insertInto('families')
    .values({ id: familyId, name: 'Synthetic district (fictional)', created_at: at })
    .execute();

  for (let first = 0; first < options.students; first += 1000) {
    const batch: Batch = {
      students: [],
      plans: [],
      plan_versions: [],
      case_events: [],
      progress_points: [],
      derived_deadlines: [],
      student_calendars: [],
    };
    const last = Math.min(options.students, first + 1000);
    for (let n = first; n < last; n += 1) {
      const id = randomUUID();
      const school = pick(random, SCHOOLS);
      const isIep = random() < 0.6;
      const birthDate = addDays('2008-01-01', Math.floor(random() * 12 * 365));
      batch.students?.push({
        id,
        family_id: familyId,
        given_name: pick(random, GIVEN),
        family_name: `${pick(random, FAMILY)}-${String(n)}`,
        birth_date: birthDate,
        jurisdiction: options.jurisdiction,
        school,
        district: 'Synthetic Unified (fictional)',
        grade: String(1 + Math.floor(random() * 12)),
        home_languages: random() < 0.3 ? '["es","en"]' : '["en"]',
        contacts: '[]',
        created_at: at,
        updated_at: at,
      });
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
      for (const event of events_) {
        const { type, date, ...details } = event;
        batch.case_events?.push({
          id: randomUUID(),
          student_id: id,
          type,
          date,
          details: JSON.stringify(details),
          source: null,
          created_at: at,
        });
      }
      counts.events += events_.length;

      const planId = randomUUID();
      batch.plans?.push({
        id: planId,
        student_id: id,
        framework: isIep ? 'iep' : '504',
        effective_from: planStart,
        effective_to: null,
        created_at: at,
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
      const content = isIep
        ? iepContentSchema.parse({ goals })
        : plan504ContentSchema.parse({
            impairment: 'ADHD',
            accommodations: [{ id: 'a1', category: 'setting', description: 'Preferential seating' }],
          });
      batch.plan_versions?.push({
        id: randomUUID(),
        plan_id: planId,
        number: 1,
        status: 'final',
        reason: 'initial',
        content: JSON.stringify(content),
        effective_from: planStart,
        meeting_id: null,
        created_at: at,
        updated_at: at,
        finalized_at: at,
      });
      for (const goal of goals) {
        for (let week = 1; week <= 30; week += 1) {
          batch.progress_points?.push({
            id: randomUUID(),
            student_id: id,
            plan_id: planId,
            goal_id: goal.id,
            date: addDays(planStart, week * 7),
            value: Math.round((20 + week * (0.8 + random()) + (random() - 0.5) * 6) * 10) / 10,
            note: null,
            measured_by: null,
            created_at: at,
            updated_at: at,
          });
        }
      }
      counts.goals += goals.length;
      counts.progressPoints += goals.length * 30;

      const schoolCalendar = SCHOOL_CALENDARS.get(school);
      if (schoolCalendar !== undefined) {
        batch.student_calendars?.push({
          id: randomUUID(),
          student_id: id,
          calendar: schoolCalendar.json,
          updated_at: at,
        });
      }
      const result = computeTimeline(
        {
          jurisdiction: options.jurisdiction,
          student: { birthDate },
          ...(schoolCalendar === undefined ? {} : { calendar: schoolCalendar.calendar }),
          events: events_,
        },
        options.today,
      );
      for (const d of result.deadlines) {
        batch.derived_deadlines?.push({
          id: randomUUID(),
          student_id: id,
          school,
          kind: d.kind,
          rule: d.rule,
          due: d.due,
          trigger_type: d.trigger.type,
          trigger_date: d.trigger.date,
          completed_on: d.completedOn,
          citation: d.citation,
          is_window: d.isWindow ? 1 : 0,
          computed_on: options.today,
        });
      }
      counts.deadlines += result.deadlines.length;
      counts.students += 1;
    }
    await database.db.transaction().execute((trx) => flush(trx, batch));
    options.onProgress?.(last);
  }
  return counts;
}
