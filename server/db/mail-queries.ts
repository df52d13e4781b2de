import type { Kysely } from 'kysely';
import type { DatabaseSchema, MailMessageTable } from './schema';
import { sortableId } from './sortable-id';

type Db = Kysely<DatabaseSchema>;

/** A message to queue: `sendKey` names what it is, so queuing the same one twice keeps the first. */
export interface QueuedMail {
  readonly sendKey: string;
  readonly userId: string | null;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly headers?: Readonly<Record<string, string>>;
}

/** A message a server has claimed and now sends. */
export interface ClaimedMail {
  readonly id: string;
  readonly sendKey: string;
  readonly to: string;
  readonly subject: string;
  readonly body: string;
  readonly headers: Record<string, string>;
  readonly attempts: number;
}

/**
 * Queues a message unless one with the same send key exists (sent or not). Answers whether it was queued.
 * The unique key, not a read before the write, decides: two servers queuing at once store one row.
 */
export async function queueMail(db: Db, mail: QueuedMail, at: string): Promise<boolean> {
  const result = await db
    .insertInto('mail_messages')
    .values({
      id: sortableId(),
      send_key: mail.sendKey,
      user_id: mail.userId,
      to_address: mail.to,
      subject: mail.subject,
      body: mail.body,
      headers: JSON.stringify(mail.headers ?? {}),
      status: 'queued',
      next_attempt_at: at,
      created_at: at,
    })
    .onConflict((conflict) => conflict.column('send_key').doNothing())
    .executeTakeFirst();
  return Number(result.numInsertedOrUpdatedRows ?? 0n) === 1;
}

/** Ids of messages due now: queued and past their next attempt, or claimed by a server that stopped answering. */
export async function dueMailIds(db: Db, now: string, limit: number): Promise<string[]> {
  const rows = await db
    .selectFrom('mail_messages')
    .select('id')
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
      ]),
    )
    .orderBy('next_attempt_at')
    .orderBy('id')
    .limit(limit)
    .execute();
  return rows.map((row) => row.id);
}

/**
 * Claims one due message for `claimedUntil`: a single conditional UPDATE, so of several servers claiming the
 * same message exactly one succeeds. Answers the message, or null when another server has it or it is sent.
 */
export async function claimMail(db: Db, id: string, now: string, claimedUntil: string): Promise<ClaimedMail | null> {
  const result = await db
    .updateTable('mail_messages')
    .set({ status: 'sending', claimed_until: claimedUntil })
    .where('id', '=', id)
    .where((eb) =>
      eb.or([
        eb.and([eb('status', '=', 'queued'), eb('next_attempt_at', '<=', now)]),
        eb.and([eb('status', '=', 'sending'), eb('claimed_until', '<', now)]),
      ]),
    )
    .executeTakeFirst();
  if (Number(result.numUpdatedRows) !== 1) return null;
  const row = await db
    .selectFrom('mail_messages')
    .select(['id', 'send_key', 'to_address', 'subject', 'body', 'headers', 'attempts'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
  return {
    id: row.id,
    sendKey: row.send_key,
    to: row.to_address,
    subject: row.subject,
    body: row.body,
    headers: JSON.parse(row.headers) as Record<string, string>,
    attempts: row.attempts,
  };
}

/** Marks a claimed message sent and empties its body: the record stays, so it is never sent again. */
export async function markMailSent(db: Db, id: string, at: string): Promise<void> {
  await db
    .updateTable('mail_messages')
    .set({ status: 'sent', sent_at: at, body: '', claimed_until: null, last_error: null })
    .where('id', '=', id)
    .execute();
}

/** Puts a claimed message back in the queue after a failed attempt, not to be tried before `nextAttemptAt`. */
export async function markMailFailed(
  db: Db,
  id: string,
  attempts: number,
  nextAttemptAt: string,
  error: string,
): Promise<void> {
  await db
    .updateTable('mail_messages')
    .set({
      status: 'queued',
      attempts,
      next_attempt_at: nextAttemptAt,
      claimed_until: null,
      last_error: error.slice(0, 500),
    })
    .where('id', '=', id)
    .execute();
}

/** A message's send record, for `binder` and tests. */
export async function findMailBySendKey(
  db: Db,
  sendKey: string,
): Promise<
  (Pick<MailMessageTable, 'status' | 'next_attempt_at' | 'last_error'> & { readonly attempts: number }) | undefined
> {
  return db
    .selectFrom('mail_messages')
    .select(['status', 'attempts', 'next_attempt_at', 'last_error'])
    .where('send_key', '=', sendKey)
    .executeTakeFirst();
}
