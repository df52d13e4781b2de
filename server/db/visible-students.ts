import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DatabaseSchema } from './schema';

/**
 * Whose children a list shows: one person's id, or null when that person has access to every child in the
 * database (as a district's staff typically do), where the filter below would change nothing but the cost.
 */
export type Viewer = string | null;

/**
 * `<column> in (the children this person has any access to)`: the one filter every list of children goes
 * through, so a search never shows a child the caller could not open (core/policies).
 */
export function isVisibleTo(column: string, viewer: Viewer): RawBuilder<boolean> {
  if (viewer === null) return sql<boolean>`1 = 1`;
  return sql<boolean>`${sql.ref(column)} in (select student_id from student_access where user_id = ${viewer})`;
}

/**
 * The viewer for a person's lists: null when their grants cover every child (each grant names one existing
 * child, at most once per person, so equal counts mean all), else their id. Two indexed counts.
 */
export async function viewerFor(db: Kysely<DatabaseSchema>, userId: string): Promise<Viewer> {
  const row = await db
    .selectNoFrom((eb) => [
      eb.selectFrom('student_access').select(eb.fn.countAll().as('n')).where('user_id', '=', userId).as('mine'),
      eb.selectFrom('students').select(eb.fn.countAll().as('n')).as('total'),
    ])
    .executeTakeFirstOrThrow();
  return Number(row.mine) === Number(row.total) && Number(row.total) > 0 ? null : userId;
}
