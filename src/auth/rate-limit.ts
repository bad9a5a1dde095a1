/**
 * In-memory login throttle: failures are counted per key (client address, username) in a
 * sliding window; once a key has `maxFailures` failures inside the window every attempt
 * with it is refused until the oldest failure leaves the window. The clock is injected.
 */

export interface RateLimitOptions {
  maxFailures: number;
  windowMs: number;
  now: () => number;
  /** Keys kept before old ones are swept; bounds memory under a spray of addresses. */
  maxKeys?: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

export class LoginRateLimiter {
  private readonly failures = new Map<string, number[]>();

  constructor(private readonly opts: RateLimitOptions) {}

  /** Whether an attempt carrying all of these keys may go ahead now. */
  check(keys: readonly string[]): LimitDecision {
    const now = this.opts.now();
    let waitMs = 0;
    for (const key of keys) {
      const recent = this.recent(key, now);
      if (recent.length >= this.opts.maxFailures) {
        const oldest = recent[recent.length - this.opts.maxFailures] ?? now;
        waitMs = Math.max(waitMs, oldest + this.opts.windowMs - now);
      }
    }
    return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { allowed: true };
  }

  recordFailure(keys: readonly string[]): void {
    const now = this.opts.now();
    if (this.failures.size >= (this.opts.maxKeys ?? 100_000)) this.sweep(now);
    for (const key of keys) {
      const recent = this.recent(key, now);
      recent.push(now);
      this.failures.set(key, recent);
    }
  }

  /** Forgets a key's failures (after a successful login for that account). */
  clear(key: string): void {
    this.failures.delete(key);
  }

  private recent(key: string, now: number): number[] {
    const times = this.failures.get(key);
    if (!times) return [];
    const kept = times.filter((t) => t > now - this.opts.windowMs);
    if (kept.length === 0) this.failures.delete(key);
    else if (kept.length !== times.length) this.failures.set(key, kept);
    return kept;
  }

  private sweep(now: number): void {
    for (const key of [...this.failures.keys()]) this.recent(key, now);
    // Still full of live keys: drop the oldest half rather than grow without bound.
    if (this.failures.size >= (this.opts.maxKeys ?? 100_000)) {
      const drop = Math.ceil(this.failures.size / 2);
      let i = 0;
      for (const key of this.failures.keys()) {
        if (i++ >= drop) break;
        this.failures.delete(key);
      }
    }
  }
}
