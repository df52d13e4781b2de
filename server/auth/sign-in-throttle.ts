import type { Database } from '../db/database';

/** Attempts allowed before delays start. */
const FREE_ATTEMPTS = 3;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 15 * 60;

/** The wait after `failures` consecutive failures: none for the first three, then 5 s doubling up to 15 min. */
export function delayAfter(failures: number): number {
  if (failures < FREE_ATTEMPTS) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_ATTEMPTS), MAX_DELAY_SECONDS);
}

/** A sign-in attempt counted before its password is checked, or the wait before one may be made. */
export type SignInReservation =
  { readonly allowed: true; readonly attempt: number } | { readonly allowed: false; readonly waitSeconds: number };

/**
 * Growing delays between failed sign-ins, per e-mail address (so guessing from many addresses is slowed as
 * much as from one), kept in the database so every app server sees them. A delay is never a lock-out: the
 * owner can sign in once it passes.
 *
 * Every attempt is counted as a failure *before* its password is checked (`reserve`), under a row lock, and
 * only a success takes it back. Counting after the check let a burst of simultaneous attempts all read "no
 * failures yet" and all be checked; reserving first means a burst of any size checks at most three passwords,
 * whichever app server or process each request reaches.
 */
export class SignInThrottle {
  constructor(private readonly database: Database) {}

  /** Counts one attempt for `email`, or answers how long to wait when the current delay has not passed. */
  async reserve(email: string, now: Date): Promise<SignInReservation> {
    const key = keyOf(email);
    const at = now.toISOString();
    return this.database.db.transaction().execute(async (trx) => {
      // Writing first takes the lock before anything is read: the row lock on PostgreSQL (a waiting request
      // then reads the committed count), the database's write lock on SQLite. The update changes nothing.
      await trx
        .insertInto('sign_in_failures')
        .values({ key, failures: 0, last_failure_at: at, blocked_until: at })
        .onConflict((conflict) => conflict.column('key').doUpdateSet((eb) => ({ key: eb.ref('excluded.key') })))
        .execute();
      const row = await trx
        .selectFrom('sign_in_failures')
        .select(['failures', 'blocked_until'])
        .where('key', '=', key)
        .executeTakeFirstOrThrow();
      const waitSeconds = Math.ceil((Date.parse(row.blocked_until) - now.getTime()) / 1000);
      if (waitSeconds > 0) return { allowed: false, waitSeconds };
      const attempt = row.failures + 1;
      await trx
        .updateTable('sign_in_failures')
        .set({
          failures: attempt,
          last_failure_at: at,
          blocked_until: new Date(now.getTime() + delayAfter(attempt) * 1000).toISOString(),
        })
        .where('key', '=', key)
        .execute();
      return { allowed: true, attempt };
    });
  }

  /**
   * The reserved attempt was the right password: the count is cleared, unless other attempts were reserved
   * since (a burst in flight), which keep their count and delay.
   */
  async recordSuccess(email: string, attempt: number): Promise<void> {
    await this.database.db
      .deleteFrom('sign_in_failures')
      .where('key', '=', keyOf(email))
      .where('failures', '=', attempt)
      .execute();
  }
}

function keyOf(email: string): string {
  return email.trim().toLowerCase();
}
