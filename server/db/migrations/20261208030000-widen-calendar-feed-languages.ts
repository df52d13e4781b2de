import { PostgresAdapter, sql, type Kysely } from 'kysely';

// A calendar feed is worded in any of the five reading languages (issue 22, docs/decisions/0045); the table was
// made when there were two, with a check that refused the other three. PostgreSQL drops and re-adds the check;
// SQLite cannot alter a check, so the table is rebuilt with the same columns, rows and indexes.
const LANGUAGE_CHECK = sql`language in ('en', 'es', 'vi', 'zh-Hans', 'ar')`;

export async function up(db: Kysely<unknown>): Promise<void> {
  if (db.getExecutor().adapter instanceof PostgresAdapter) {
    await sql`alter table calendar_feeds drop constraint if exists calendar_feeds_language_check`.execute(db);
    await sql`alter table calendar_feeds add constraint calendar_feeds_language_check check (${LANGUAGE_CHECK})`.execute(
      db,
    );
    return;
  }
  await db.schema
    .createTable('calendar_feeds_widened')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('user_id', 'text', (c) => c.notNull().references('users.id').onDelete('cascade'))
    .addColumn('student_id', 'text', (c) => c.references('students.id').onDelete('cascade'))
    .addColumn('token_hash', 'text', (c) => c.notNull().unique())
    .addColumn('language', 'text', (c) => c.notNull().check(LANGUAGE_CHECK))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('revoked_at', 'text')
    .execute();
  await sql`insert into calendar_feeds_widened (id, user_id, student_id, token_hash, language, created_at, revoked_at)
    select id, user_id, student_id, token_hash, language, created_at, revoked_at from calendar_feeds`.execute(db);
  await db.schema.dropTable('calendar_feeds').execute();
  await db.schema.alterTable('calendar_feeds_widened').renameTo('calendar_feeds').execute();
  await db.schema.createIndex('calendar_feeds_user').on('calendar_feeds').column('user_id').execute();
  await db.schema.createIndex('calendar_feeds_student').on('calendar_feeds').column('student_id').execute();
}
