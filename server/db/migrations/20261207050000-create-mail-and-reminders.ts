import type { Kysely } from 'kysely';

// Outgoing mail (docs/decisions/0040): one row per message, written in the transaction that decides to send
// it. `send_key` is unique, so a message (a reminder for one person, deadline and kind; one reset link) is
// queued at most once however many servers decide to send it; `status`, `attempts` and `next_attempt_at` let
// any server claim it, retry it with backoff while the mail server is down, and survive restarts.
// Reminder settings: per person, opt-in (no row: no reminders). The one-click unsubscribe token is an HMAC of
// the account id (server/services/reminder-services.ts), so nothing secret is stored here.
export async function up(db: Kysely<unknown>): Promise<void> {
  await db.schema
    .createTable('mail_messages')
    .addColumn('id', 'text', (c) => c.primaryKey())
    .addColumn('send_key', 'text', (c) => c.notNull().unique())
    .addColumn('user_id', 'text', (c) => c.references('users.id').onDelete('cascade'))
    .addColumn('to_address', 'text', (c) => c.notNull())
    .addColumn('subject', 'text', (c) => c.notNull())
    .addColumn('body', 'text', (c) => c.notNull())
    .addColumn('headers', 'text', (c) => c.notNull().defaultTo('{}'))
    .addColumn('status', 'text', (c) => c.notNull())
    .addColumn('attempts', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('next_attempt_at', 'text', (c) => c.notNull())
    .addColumn('claimed_until', 'text')
    .addColumn('last_error', 'text')
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('sent_at', 'text')
    .execute();
  await db.schema.createIndex('mail_messages_due').on('mail_messages').columns(['status', 'next_attempt_at']).execute();
  await db.schema
    .createTable('reminder_settings')
    .addColumn('user_id', 'text', (c) => c.primaryKey().references('users.id').onDelete('cascade'))
    .addColumn('deadline_reminders', 'integer', (c) => c.notNull())
    .addColumn('weekly_digest', 'integer', (c) => c.notNull())
    .addColumn('language', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
}
