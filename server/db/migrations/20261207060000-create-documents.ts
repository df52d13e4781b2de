import type { Kysely } from 'kysely';

// Documents the family keeps (issue 19): one row per uploaded file, its bytes stored content-addressed by
// SHA-256 outside the database (server/storage/), its words extracted in the background into `text`, which
// the search reads (server/db/search-queries.ts, docs/decisions/0043).
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('documents')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('student_id', 'text', (c) => c.notNull().references('students.id').onDelete('cascade'))
    .addColumn('kind', 'text', (c) => c.notNull())
    .addColumn('date', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('file_name', 'text', (c) => c.notNull())
    .addColumn('media_type', 'text', (c) => c.notNull())
    .addColumn('size', 'integer', (c) => c.notNull())
    .addColumn('sha256', 'text', (c) => c.notNull())
    .addColumn('links', 'text', (c) => c.notNull().defaultTo('[]'))
    .addColumn('text_status', 'text', (c) => c.notNull())
    .addColumn('text_note', 'text')
    .addColumn('text', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('documents_student_date').on('documents').columns(['student_id', 'date']).execute();
  await db.schema.createIndex('documents_sha256').on('documents').column('sha256').execute();
  await db.schema.createIndex('documents_text_status').on('documents').column('text_status').execute();
}
