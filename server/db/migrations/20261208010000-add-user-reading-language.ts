import type { Kysely } from 'kysely';

// The language a person chose to read Binder in (docs/decisions/0048): one of the five reading languages, or
// null while they have chosen none (then the browser's languages decide, as before). Existing accounts start
// with null: nobody's pages or mail change language by themselves.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema.alterTable('users').addColumn('reading_language', 'text').execute();
}
