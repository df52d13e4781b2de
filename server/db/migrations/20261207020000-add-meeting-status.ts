import type { Kysely } from 'kysely';

// Meetings have a life (scheduled, held, cancelled: docs/decisions/0035). Every meeting recorded before this
// was recorded as held, so it stays held: the column's default fills the existing rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('meetings')
    .addColumn('status', 'text', (c) => c.notNull().defaultTo('held'))
    .execute();
}
