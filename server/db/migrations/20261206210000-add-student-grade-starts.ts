import type { Kysely } from 'kysely';

// The first day of each dated school grade (core/schemas/grade-start.ts), so rules that start "at 14 or
// on entering grade 8, whichever is first" can use it. Every existing child has none: '[]'.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .alterTable('students')
    .addColumn('grade_starts', 'text', (c) => c.notNull().defaultTo('[]'))
    .execute();
}
