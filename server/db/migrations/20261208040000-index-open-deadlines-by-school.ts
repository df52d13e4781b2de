import { sql, type Kysely } from 'kysely';

// The open deadlines by school, then due date, in a partial index (only rows with no completion date): the
// district dashboard's open counts walk it one school at a time (the next school is one index descent) and
// count each school's overdue and upcoming deadlines as two ranges of it, so they read the ~77,000 entries that
// count at 50,000 students instead of grouping all ~180,000 open ones (docs/decisions/0055). On PostgreSQL,
// B-tree deduplication stores each (school, due) once with its rows, so a range is counted key by key.
// `completed_on` (always null here) is a column only so that SQLite reads the index alone: it does not take the
// index's condition for a value the index holds, and would look every entry up in the table.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('derived_deadlines_open_school')
    .on('derived_deadlines')
    .columns(['school', 'due', 'completed_on'])
    .where(sql.ref('completed_on'), 'is', null)
    .execute();
}
