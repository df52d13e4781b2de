import { clearSignInFailures, reserveSignInAttempt } from '../db/account-queries';
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
  reserve(email: string, now: Date): Promise<SignInReservation> {
    return reserveSignInAttempt(this.database, keyOf(email), now, delayAfter);
  }

  /**
   * The reserved attempt was the right password: the count is cleared, unless other attempts were reserved
   * since (a burst in flight), which keep their count and delay.
   */
  async recordSuccess(email: string, attempt: number): Promise<void> {
    await clearSignInFailures(this.database.db, keyOf(email), attempt);
  }
}

function keyOf(email: string): string {
  return email.trim().toLowerCase();
}
