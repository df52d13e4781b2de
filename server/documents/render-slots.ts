import { AppError } from '../app-error';

/**
 * Seconds a refused caller is told to wait: a letter takes a tenth of a second to render and an export a
 * second or two, so by then one of the account's own renders has usually finished.
 */
export const RENDER_RETRY_AFTER_SECONDS = 2;

/**
 * At most `perAccount` renders running at once for one account (docs/decisions/0012): the pool is shared by
 * everyone, so one account asking for a hundred PDFs at once must not make everyone else's wait. Counting
 * happens on the event loop, before any await, so concurrent requests can never get past the limit together.
 */
export class RenderSlots {
  private readonly running = new Map<string, number>();

  constructor(private readonly perAccount: number) {}

  /** Runs `work` in one of the account's slots, or throws `too-many-requests` (429) when they are all taken. */
  async run<T>(accountId: string, work: () => Promise<T>): Promise<T> {
    const taken = this.running.get(accountId) ?? 0;
    if (taken >= this.perAccount) {
      throw new AppError(
        'too-many-requests',
        `${String(this.perAccount)} documents are already being made for this account: wait for one to finish`,
        { retryAfterSeconds: RENDER_RETRY_AFTER_SECONDS },
      );
    }
    this.running.set(accountId, taken + 1);
    try {
      return await work();
    } finally {
      const left = (this.running.get(accountId) ?? 1) - 1;
      if (left === 0) this.running.delete(accountId);
      else this.running.set(accountId, left);
    }
  }

  /** Renders running for an account now (for tests and the benchmark). */
  inUse(accountId: string): number {
    return this.running.get(accountId) ?? 0;
  }
}
