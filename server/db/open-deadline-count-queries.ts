import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from './schema';
import { isVisibleTo, type Viewer } from './visible-students';

/** One school's open deadlines: past due, and due from the as-of day to `until`. */
export interface OpenCounts {
  readonly school: string | null;
  readonly overdue: number;
  readonly upcoming: number;
}

/**
 * Per school with at least one open deadline that has a due date: how many are past due, and how many are due
 * from the as-of day to `until` (both may be 0). The dashboard's open counts; their sums are its lists' totals.
 */
export async function countOpenBySchool(
  db: Kysely<DatabaseSchema>,
  asOf: string,
  until: string,
  viewer: Viewer,
): Promise<OpenCounts[]> {
  const rows = viewer === null ? await everySchool(db, asOf, until) : await visibleTo(db, asOf, until, viewer);
  return rows.map((row) => ({ school: row.school, overdue: Number(row.overdue), upcoming: Number(row.upcoming) }));
}

interface CountRow {
  school: string | null;
  overdue: number | string;
  upcoming: number | string;
}

/**
 * A viewer whose grants cover every child: walk the schools in the (school, due) index of open deadlines, one
 * descent each (`min(school) > the last one`), and count each school's two ranges of it. Grouping every open
 * deadline by school instead read all of them (~180,000 at 50,000 students, most due after `until`) and
 * compared each one's date twice (docs/decisions/0055). `min` skips the null school, so it is a row of its own.
 */
async function everySchool(db: Kysely<DatabaseSchema>, asOf: string, until: string): Promise<CountRow[]> {
  const overdue = (school: RawBuilder<unknown>) =>
    sql`(select count(*) from derived_deadlines o where o.completed_on is null and ${school} and o.due < ${asOf})`;
  const upcoming = (school: RawBuilder<unknown>) =>
    sql`(select count(*) from derived_deadlines o where o.completed_on is null and ${school} and o.due >= ${asOf} and o.due <= ${until})`;
  const result = await sql<CountRow>`
    with recursive schools(school) as (
      select school from (
        select school from derived_deadlines
        where completed_on is null and due is not null and school is not null
        order by school limit 1
      ) as first
      union all
      select (
        select min(n.school) from derived_deadlines n
        where n.completed_on is null and n.due is not null and n.school > schools.school
      )
      from schools where schools.school is not null
    )
    select school, ${overdue(sql`o.school = schools.school`)} as overdue, ${upcoming(sql`o.school = schools.school`)} as upcoming
    from schools where school is not null
    union all
    select null, ${overdue(sql`o.school is null`)}, ${upcoming(sql`o.school is null`)}
    where exists (select 1 from derived_deadlines z where z.completed_on is null and z.due is not null and z.school is null)
  `.execute(db);
  return result.rows;
}

/**
 * A viewer with some children only: one grouped pass over their open deadlines (the access filter is a hash of
 * their grants), as a walk by school would test every open deadline of the district against the grants.
 */
async function visibleTo(db: Kysely<DatabaseSchema>, asOf: string, until: string, viewer: string): Promise<CountRow[]> {
  return db
    .selectFrom('derived_deadlines as d')
    .where(isVisibleTo('d.student_id', viewer))
    .where('d.completed_on', 'is', null)
    .where('d.due', 'is not', null)
    .select([
      'd.school as school',
      sql<number | string>`sum(case when d.due < ${asOf} then 1 else 0 end)`.as('overdue'),
      sql<number | string>`sum(case when d.due >= ${asOf} and d.due <= ${until} then 1 else 0 end)`.as('upcoming'),
    ])
    .groupBy('d.school')
    .execute();
}
