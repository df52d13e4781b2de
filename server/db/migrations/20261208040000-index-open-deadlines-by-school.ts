import { sql, type Kysely } from 'kysely';

// The open deadlines by school, then due date, in a partial index (only rows with no completion date): the
// district dashboard's open counts walk it one school at a time (the next school is one index descent) and
// count each school's overdue and upcoming deadlines as two ranges of it, so they read the ~77,000 entries that
// count at 50,000 students instead of grouping all ~180,000 open ones (docs/decisions/0055).
// `completed_on` (always null here) is a column so that SQLite reads the index alone: it does not take the
// index's condition for a value the index holds. `student_id` makes each entry distinct, so PostgreSQL's B-tree
// deduplication does not shrink the index to a quarter of the due-ordered ones: that small, it looked cheaper
// to read whole than a range of those for any count of open deadlines by due date, and the planner took it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createIndex('derived_deadlines_open_school')
    .on('derived_deadlines')
    .columns(['school', 'due', 'completed_on', 'student_id'])
    .where(sql.ref('completed_on'), 'is', null)
    .execute();
}
