import type { Kysely } from 'kysely';
import { sql } from 'kysely';

// Private calendar feed links (docs/decisions/0039): one row per link a person made, for all the children they
// may see (student_id null) or for one child. Only the SHA-256 of the link's token is stored, like invitations;
// a revoked link keeps its row (revoked_at) so the settings page and the audit trail can still name it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('calendar_feeds')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (c) => c.references('students.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull().check(sql`language in ('en', 'es')`))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await db.schema.createIndex('calendar_feeds_user').on('calendar_feeds').column('user_id').execute();
  await db.schema.createIndex('calendar_feeds_student').on('calendar_feeds').column('student_id').execute();
}
