import type { Kysely } from 'kysely';

// Repeated refusals from one source are written as one entry that says how many there were
// (docs/decisions/0013): `count` is 1 for every other entry, including every entry written before this column.
// Adding a column with a default fires no UPDATE trigger on either database, so the append-only guard stays.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('audit_entries')
    .addColumn('count', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
}
