/** How many refusals one address may get at once, and how fast that allowance comes back. */
export interface RefusalLimit {
  readonly burst: number;
  readonly perMinute: number;
}

interface Bucket {
  tokens: number;
  /** When `tokens` was last brought up to date (monotonic milliseconds). */
  at: number;
}

/** Above this many addresses, those whose bucket is full again are forgotten (a full bucket is no bucket). */
const SWEEP_ABOVE = 10_000;

/**
 * A token bucket per client address for refused requests (docs/decisions/0013): each refusal takes a token;
 * an address with none left is answered 429 until one comes back. Only refusals take tokens, so the people
 * who use Binder as intended are never slowed. Taking is synchronous, so concurrent requests cannot
 * overdraw a bucket. In memory, per server process: a restart forgives everyone.
 */
export class RefusalLimiter {
  private readonly buckets = new Map<string, Bucket>();

  constructor(
    private readonly limit: RefusalLimit,
    /** Monotonic milliseconds (a wall clock that jumps back must not hand out tokens). */
    private readonly now: () => number = () => performance.now(),
  ) {}

  /** Takes one refusal's token for `address`: 0 when there was one, else the seconds until the next one. */
  take(address: string): number {
    const now = this.now();
    const bucket = this.refilled(address, now);
    if (bucket.tokens >= 1) {
      bucket.tokens -= 1;
      this.buckets.set(address, bucket);
      if (this.buckets.size > SWEEP_ABOVE) this.sweep(now);
      return 0;
    }
    return Math.max(1, Math.ceil(((1 - bucket.tokens) * 60) / this.limit.perMinute));
  }

  private refilled(address: string, now: number): Bucket {
    const bucket = this.buckets.get(address);
    if (bucket === undefined) return { tokens: this.limit.burst, at: now };
    const earned = ((now - bucket.at) / 60_000) * this.limit.perMinute;
    bucket.tokens = Math.min(this.limit.burst, bucket.tokens + earned);
    bucket.at = now;
    return bucket;
  }

  private sweep(now: number): void {
    for (const address of [...this.buckets.keys()]) {
      if (this.refilled(address, now).tokens >= this.limit.burst) this.buckets.delete(address);
    }
  }
}
