import { sql, type Insertable, type Kysely } from 'kysely';
import type { Deadline } from '../../core/timeline/timeline-result';
import type { DatabaseSchema, DerivedDeadlineTable } from './schema';
import { isVisibleTo, type Viewer } from './visible-students';
import { sortableId } from './sortable-id';

/**
 * The stored rows of a student's computed deadlines (also what the district bench seeds). The day they were computed
 * is the child's row in `deadline_computations`, not a column of these.
 */
export function deadlineRows(
  student: { readonly id: string; readonly school: string | null },
  deadlines: readonly Deadline[],
): Insertable<DerivedDeadlineTable>[] {
  return deadlines.map((d) => ({
    id: sortableId(),
    student_id: student.id,
    school: student.school,
    kind: d.kind,
    rule: d.rule,
    due: d.due,
    trigger_type: d.trigger.type,
    trigger_date: d.trigger.date,
    completed_on: d.completedOn,
    citation: d.citation,
    is_window: d.isWindow ? 1 : 0,
  }));
}

/** A stored deadline with its student, for lists across many students. */
export interface StoredDeadline {
  readonly studentId: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly school: string | null;
  readonly kind: string;
  readonly rule: string;
  readonly due: string | null;
  readonly completedOn: string | null;
  readonly triggerType: string;
  readonly triggerDate: string;
  readonly citation: string;
  readonly isWindow: boolean;
}

/**
 * The SQL side of core/timeline's `statusOf`, for filtering many rows at once: a deadline is overdue when it
 * has a due date, is not completed and the due date is before the as-of day; upcoming when it is not
 * completed and due from the as-of day to `until`. Rows are turned back into statuses with `statusOf`.
 */
export type DeadlineFilter =
  | { readonly state: 'overdue'; readonly asOf: string }
  | { readonly state: 'upcoming'; readonly asOf: string; readonly until: string };

/**
 * Deadlines across students, soonest first, optionally for one school; `limit` rows at most. How many there are
 * in all is `countOpenBySchool`'s to say (the same filter, summed over schools), so it is not counted twice.
 */
export async function listDeadlines(
  db: Kysely<DatabaseSchema>,
  filter: DeadlineFilter,
  options: { school?: string | null; limit: number; viewerUserId: Viewer },
): Promise<StoredDeadline[]> {
  let query = db
    .selectFrom('derived_deadlines as d')
    .innerJoin('students as s', 's.id', 'd.student_id')
    .where(isVisibleTo('d.student_id', options.viewerUserId))
    .where('d.completed_on', 'is', null)
    .where('d.due', 'is not', null);
  query =
    filter.state === 'overdue'
      ? query.where('d.due', '<', filter.asOf)
      : query.where('d.due', '>=', filter.asOf).where('d.due', '<=', filter.until);
  if (options.school !== undefined && options.school !== null) query = query.where('d.school', '=', options.school);
  const rows = await query
    .select([
      'd.student_id as studentId',
      's.given_name as givenName',
      's.family_name as familyName',
      's.school as school',
      'd.kind as kind',
      'd.rule as rule',
      'd.due as due',
      'd.completed_on as completedOn',
      'd.trigger_type as triggerType',
      'd.trigger_date as triggerDate',
      'd.citation as citation',
      'd.is_window as isWindow',
    ])
    .orderBy('d.due')
    .orderBy('s.family_name')
    .orderBy('d.id')
    .limit(options.limit)
    .execute();
  return rows.map((row) => ({ ...row, isWindow: row.isWindow === 1 }));
}

/** Per school: how many deadlines of one kind were met, late, still overdue (the compliance measures). */
export async function countOutcomesBySchool(
  db: Kysely<DatabaseSchema>,
  kind: string,
  asOf: string,
  viewerUserId: Viewer,
): Promise<{ school: string | null; met: number; late: number; overdue: number }[]> {
  const rows = await db
    .selectFrom('derived_deadlines as d')
    .where(isVisibleTo('d.student_id', viewerUserId))
    .where('d.kind', '=', kind)
    .where('d.due', 'is not', null)
    .select([
      'd.school as school',
      sql<number | string>`sum(case when d.completed_on is not null and d.completed_on <= d.due then 1 else 0 end)`.as(
        'met',
      ),
      sql<number | string>`sum(case when d.completed_on is not null and d.completed_on > d.due then 1 else 0 end)`.as(
        'late',
      ),
      sql<number | string>`sum(case when d.completed_on is null and d.due < ${asOf} then 1 else 0 end)`.as('overdue'),
    ])
    .groupBy('d.school')
    .orderBy('d.school')
    .execute();
  return rows.map((row) => ({
    school: row.school,
    met: Number(row.met),
    late: Number(row.late),
    overdue: Number(row.overdue),
  }));
}

/**
 * Per school: answer clocks of the given kinds past due with no answer (requests the district left unanswered).
 * No kinds, no query.
 */
export async function countUnansweredBySchool(
  db: Kysely<DatabaseSchema>,
  kinds: readonly string[],
  asOf: string,
  viewerUserId: Viewer,
): Promise<{ school: string | null; unanswered: number }[]> {
  if (kinds.length === 0) return [];
  const rows = await db
    .selectFrom('derived_deadlines as d')
    .where(isVisibleTo('d.student_id', viewerUserId))
    .where('d.kind', 'in', kinds)
    .where('d.completed_on', 'is', null)
    .where('d.due', 'is not', null)
    .where('d.due', '<', asOf)
    .select(['d.school as school', (eb) => eb.fn.countAll<number | string>().as('unanswered')])
    .groupBy('d.school')
    .orderBy('d.school')
    .execute();
  return rows.map((row) => ({ school: row.school, unanswered: Number(row.unanswered) }));
}

/**
 * The ids of the children whose deadlines were last computed before `today` (or never), in id order: one
 * `deadline_computations` row per child says the day, whether or not the child has any deadlines.
 */
export async function listStudentsWithStaleDeadlines(db: Kysely<DatabaseSchema>, today: string): Promise<string[]> {
  const rows = await db
    .selectFrom('students')
    .select('id')
    .where((eb) =>
      eb.not(
        eb.exists(
          eb
            .selectFrom('deadline_computations as c')
            .select('c.student_id')
            .whereRef('c.student_id', '=', 'students.id')
            .where('c.computed_on', '>=', today),
        ),
      ),
    )
    .orderBy('id')
    .execute();
  return rows.map((row) => row.id);
}
