import { sql, type RawBuilder } from 'kysely';

/**
 * `<column> in (the children this person has any access to)`: the one filter every list of children goes
 * through, so a search never shows a child the caller could not open (server/policies).
 */
export function isVisibleTo(column: string, userId: string): RawBuilder<boolean> {
  return sql<boolean>`${sql.ref(column)} in (select student_id from student_access where user_id = ${userId})`;
}
