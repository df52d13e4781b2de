import type { Clock } from '../clock';
import type { Database } from '../db/database';
import { claimMail, dueMailIds, markMailFailed, markMailSent } from '../db/mail-queries';
import type { MailTransport } from './mail-transport';

/** How long a server owns a message it claimed; a server that stops mid-send loses it to another after this. */
const CLAIM_SECONDS = 10 * 60;
/** The first retry waits a minute, each next one twice as long, never more than six hours. */
const FIRST_RETRY_SECONDS = 60;
const LONGEST_RETRY_SECONDS = 6 * 60 * 60;
/** Messages one pass sends at most; the next pass takes the rest. */
const BATCH = 50;

/** When a message that has now failed `attempts` times is tried again. */
export function nextAttemptAfter(now: Date, attempts: number): string {
  const seconds = Math.min(LONGEST_RETRY_SECONDS, FIRST_RETRY_SECONDS * 2 ** Math.min(attempts - 1, 20));
  return new Date(now.getTime() + seconds * 1000).toISOString();
}

/** What one pass did. */
export interface SendPass {
  readonly sent: number;
  readonly failed: number;
}

/**
 * Sends the mail that is due: each message is claimed first (one conditional UPDATE, so of several servers one
 * sends it), then sent, then marked sent; a refused or unreachable mail server puts it back with a later
 * attempt time. Nothing is dropped: a message waits until the mail server takes it.
 */
export async function sendDueMail(database: Database, transport: MailTransport, clock: Clock): Promise<SendPass> {
  const now = clock.now();
  const at = now.toISOString();
  const ids = await dueMailIds(database.db, at, BATCH);
  let sent = 0;
  let failed = 0;
  for (const id of ids) {
    const claimedUntil = new Date(now.getTime() + CLAIM_SECONDS * 1000).toISOString();
    const mail = await claimMail(database.db, id, at, claimedUntil);
    if (mail === null) continue;
    try {
      await transport.send(mail);
    } catch (error) {
      const attempts = mail.attempts + 1;
      await markMailFailed(
        database.db,
        id,
        attempts,
        nextAttemptAfter(now, attempts),
        error instanceof Error ? error.message : String(error),
      );
      failed += 1;
      continue;
    }
    await markMailSent(database.db, id, clock.now().toISOString());
    sent += 1;
  }
  return { sent, failed };
}
