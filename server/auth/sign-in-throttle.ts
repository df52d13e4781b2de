import type { Database } from '../db/database';

/** Failures allowed before delays start. */
const FREE_FAILURES = 3;
const FIRST_DELAY_SECONDS = 5;
const MAX_DELAY_SECONDS = 15 * 60;

/** The wait after `failures` consecutive failures: none for the first three, then 5 s doubling up to 15 min. */
export function delayAfter(failures: number): number {
  if (failures < FREE_FAILURES) return 0;
  return Math.min(FIRST_DELAY_SECONDS * 2 ** (failures - FREE_FAILURES), MAX_DELAY_SECONDS);
}

/**
 * Growing delays between failed sign-ins, per e-mail address (so guessing from many addresses is slowed as
 * much as from one), kept in the database so every app server sees them. A delay is never a lock-out: the
 * owner can sign in once it passes.
 */
export class SignInThrottle {
  constructor(private readonly database: Database) {}

  /** Seconds the caller must still wait before trying this e-mail again; 0 when a try is allowed. */
  async waitSeconds(email: string, now: Date): Promise<number> {
    const row = await this.database.db
      .selectFrom('sign_in_failures')
      .select('blocked_until')
      .where('key', '=', keyOf(email))
      .executeTakeFirst();
    if (row === undefined) return 0;
    return Math.max(0, Math.ceil((Date.parse(row.blocked_until) - now.getTime()) / 1000));
  }

  async recordFailure(email: string, now: Date): Promise<void> {
    const key = keyOf(email);
    await this.database.db.transaction().execute(async (trx) => {
      const row = await trx.selectFrom('sign_in_failures').select('failures').where('key', '=', key).executeTakeFirst();
      const failures = (row?.failures ?? 0) + 1;
      const values = {
        failures,
        last_failure_at: now.toISOString(),
        blocked_until: new Date(now.getTime() + delayAfter(failures) * 1000).toISOString(),
      };
      if (row === undefined)
        await trx
          .insertInto('sign_in_failures')
          .values({ key, ...values })
          .execute();
      else await trx.updateTable('sign_in_failures').set(values).where('key', '=', key).execute();
    });
  }

  async recordSuccess(email: string): Promise<void> {
    await this.database.db.deleteFrom('sign_in_failures').where('key', '=', keyOf(email)).execute();
  }
}

function keyOf(email: string): string {
  return email.trim().toLowerCase();
}
