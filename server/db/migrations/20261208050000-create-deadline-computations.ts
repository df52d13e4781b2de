import { sql, type Kysely } from 'kysely';

// The day each child's stored deadlines were last computed, in one row per child (docs/decisions/0058) instead of
// on every stored deadline: when the day moves and nothing else does, the nightly write-back updates one small row
// per child, not every deadline row (on PostgreSQL each of those was a new row version with an entry in each of
// the table's indexes). A child with no deadlines has a row too, so it is no longer taken for stale every night.
//
// The copy keeps, per child, the latest `computed_on` of its rows: a child's rows were always written or moved to
// a day all together, and the stale-children query counted a child as fresh when any of its rows was computed on or
// after the day asked for, that is, by the latest. A child without stored deadlines has no row, and is stale once.
// Only children that still exist are copied (the foreign key cascades, so that is all of them). Dropping the column
// rebuilds the table on SQLite (none of its indexes holds the column) and only marks it dropped on PostgreSQL.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('deadline_computations')
    .addColumn('student_id', 'text', (c) => c.primaryKey().references('students.id').onDelete('cascade'))
    .addColumn('computed_on', 'text', (c) => c.notNull())
    .execute();
  await sql`insert into deadline_computations (student_id, computed_on)
    select d.student_id, max(d.computed_on) from derived_deadlines d
    where exists (select 1 from students s where s.id = d.student_id)
    group by d.student_id`.execute(db);
  await db.schema.alterTable('derived_deadlines').dropColumn('computed_on').execute();
}
