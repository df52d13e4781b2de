import { sql, type Kysely } from 'kysely';
import type { CaseloadPlan, CaseloadSort } from '../../core/schemas/school-team';
import type { DatabaseSchema } from './schema';
import { isVisibleTo, type Viewer } from './visible-students';

export interface CaseloadQuery {
  /** Whose caseload: only children this person has access to are listed (server/db/visible-students.ts). */
  readonly viewerUserId: Viewer;
  readonly asOf: string;
  readonly school?: string | undefined;
  readonly plan?: CaseloadPlan | undefined;
  readonly isOverdueOnly: boolean;
  readonly sort: CaseloadSort;
  readonly page: number;
  readonly pageSize: number;
}

export interface CaseloadRow {
  readonly id: string;
  readonly givenName: string;
  readonly familyName: string;
  readonly school: string | null;
  readonly grade: string | null;
  readonly plan: 'iep' | '504' | null;
  readonly nextDue: string | null;
  readonly nextKind: string | null;
  readonly overdueCount: number;
}

/**
 * One page of a caseload with the plan in effect, the next deadline and the number of overdue deadlines per
 * student, read from the stored deadlines (never recomputed here). The plan-in-effect test in SQL is the
 * rule of core/case/plan-in-effect.ts (start day in, end day out; an IEP wins over a 504 plan); a test
 * checks the two agree.
 */
export async function caseloadPage(
  db: Kysely<DatabaseSchema>,
  query: CaseloadQuery,
): Promise<{ rows: CaseloadRow[]; total: number }> {
  const { asOf } = query;
  const inEffect = (framework: 'iep' | '504') =>
    sql<number>`exists (select 1 from plans p where p.student_id = s.id and p.framework = ${framework} and p.effective_from <= ${asOf} and (p.effective_to is null or p.effective_to > ${asOf}))`;
  // One pass over the open deadlines (covering index per student): overdue count and next due date.
  const sums = db
    .selectFrom('derived_deadlines')
    .select([
      'student_id',
      sql<number | string>`sum(case when due < ${asOf} then 1 else 0 end)`.as('overdue'),
      sql<string | null>`min(case when due >= ${asOf} then due end)`.as('next'),
    ])
    .where('completed_on', 'is', null)
    .where(isVisibleTo('student_id', query.viewerUserId))
    .groupBy('student_id')
    .as('a');

  let base = db
    .selectFrom('students as s')
    .leftJoin(sums, 'a.student_id', 's.id')
    .where(isVisibleTo('s.id', query.viewerUserId));
  if (query.school !== undefined) base = base.where('s.school', '=', query.school);
  if (query.isOverdueOnly) base = base.where('a.overdue', '>', 0);
  const isIep = inEffect('iep');
  const is504 = inEffect('504');
  if (query.plan === 'iep') base = base.where(sql<boolean>`${isIep}`);
  if (query.plan === '504') base = base.where(sql<boolean>`${is504} and not ${isIep}`);
  if (query.plan === 'none') base = base.where(sql<boolean>`not ${is504} and not ${isIep}`);

  let total: { count: number | string };
  const columns = [
    's.id as id',
    's.given_name as givenName',
    's.family_name as familyName',
    's.school as school',
    's.grade as grade',
    sql<string | null>`case when ${isIep} then 'iep' when ${is504} then '504' else null end`.as('plan'),
  ] as const;
  let rows: {
    id: string;
    givenName: string;
    familyName: string;
    school: string | null;
    grade: string | null;
    plan: string | null;
    nextDue: string | null;
    overdueCount: number | string | null;
    /** On the other sorts' page rows: how many rows in all (a window count). */
    total?: number | string;
  }[];
  if (query.sort === 'name' && !query.isOverdueOnly) {
    // By name, the page is chosen from the students alone (index on names); deadlines are summed for the
    // page's 25 students only, not the whole district.
    let students = db.selectFrom('students as s').where(isVisibleTo('s.id', query.viewerUserId));
    if (query.school !== undefined) students = students.where('s.school', '=', query.school);
    if (query.plan === 'iep') students = students.where(sql<boolean>`${isIep}`);
    if (query.plan === '504') students = students.where(sql<boolean>`${is504} and not ${isIep}`);
    if (query.plan === 'none') students = students.where(sql<boolean>`not ${is504} and not ${isIep}`);
    total = await students.select(sql<number | string>`count(*)`.as('count')).executeTakeFirstOrThrow();
    const page = await students
      .select([...columns])
      .orderBy('s.family_name')
      .orderBy('s.given_name')
      .orderBy('s.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const pageSums =
      page.length === 0
        ? []
        : await db
            .selectFrom('derived_deadlines')
            .select([
              'student_id',
              sql<number | string>`sum(case when due < ${asOf} then 1 else 0 end)`.as('overdue'),
              sql<string | null>`min(case when due >= ${asOf} then due end)`.as('next'),
            ])
            .where(
              'student_id',
              'in',
              page.map((row) => row.id),
            )
            .where('completed_on', 'is', null)
            .groupBy('student_id')
            .execute();
    rows = page.map((row) => {
      const sum = pageSums.find((candidate) => candidate.student_id === row.id);
      return { ...row, nextDue: sum?.next ?? null, overdueCount: sum?.overdue ?? 0 };
    });
  } else {
    // The total rides along with the page (a window count over the same rows), so the open deadlines are
    // grouped by student once, not once for the count and again for the page; only a page past the end, which
    // has no row to carry it, counts apart.
    let page = base.select([
      ...columns,
      'a.next as nextDue',
      'a.overdue as overdueCount',
      sql<number | string>`count(*) over ()`.as('total'),
    ]);
    page =
      query.sort === 'name'
        ? page.orderBy('s.family_name').orderBy('s.given_name')
        : query.sort === 'next-due'
          ? page
              .orderBy(sql`case when a.next is null then 1 else 0 end`)
              .orderBy('a.next')
              .orderBy('s.family_name')
          : page.orderBy(sql`coalesce(a.overdue, 0)`, 'desc').orderBy('s.family_name');
    rows = await page
      .orderBy('s.id')
      .limit(query.pageSize)
      .offset((query.page - 1) * query.pageSize)
      .execute();
    const carried = rows[0]?.total;
    total =
      carried !== undefined || query.page === 1
        ? { count: carried ?? 0 }
        : await base.select(sql<number | string>`count(*)`.as('count')).executeTakeFirstOrThrow();
  }

  // The kind of each next deadline, in one more query for the page's students only.
  const ids = rows.map((row) => row.id);
  const kinds =
    ids.length === 0
      ? []
      : await db
          .selectFrom('derived_deadlines')
          .select(['student_id', 'kind', 'due'])
          .where('student_id', 'in', ids)
          .where('completed_on', 'is', null)
          .where('due', '>=', asOf)
          .orderBy('due')
          .execute();
  return {
    total: Number(total.count),
    rows: rows.map(({ total: _total, ...row }) => ({
      ...row,
      plan: row.plan === 'iep' || row.plan === '504' ? row.plan : null,
      nextKind: kinds.find((k) => k.student_id === row.id && k.due === row.nextDue)?.kind ?? null,
      overdueCount: Number(row.overdueCount ?? 0),
    })),
  };
}

/**
 * The schools of the children a person can see, by name, with how many of those children each has: the
 * caseload's school filter. One grouped read of the students' (school, family_name) index.
 */
export async function schoolsOfVisibleStudents(
  db: Kysely<DatabaseSchema>,
  viewer: Viewer,
): Promise<{ name: string; students: number }[]> {
  const rows = await db
    .selectFrom('students')
    .select(['school', (eb) => eb.fn.countAll().as('students')])
    .where('school', 'is not', null)
    .where('school', '!=', '')
    .where(isVisibleTo('students.id', viewer))
    .groupBy('school')
    .orderBy('school')
    .execute();
  return rows.map((row) => ({ name: row.school ?? '', students: Number(row.students) }));
}
