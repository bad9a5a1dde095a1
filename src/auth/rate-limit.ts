/**
 * In-memory login throttle that slows guessing without handing anyone a lockout weapon.
 *
 * - Per (account, client address): the first `pairFreeFailures` failures cost nothing; after
 *   that each attempt on the pair waits `backoffBaseMs`, doubling with every further failure,
 *   up to `backoffCapMs`. The wait applies to the right password too (the throttle runs before
 *   the password is checked), but it is bounded by the cap. Success clears the pair.
 * - Per client address, across accounts: a bucket of `addressBurst` failures refilled at one
 *   per `addressIntervalMs`. An empty bucket slows the address to one attempt per interval; it
 *   never bans it.
 * - Nothing is kept per account alone, so failures from one address never hold back the same
 *   account signing in from another.
 *
 * The clock is injected; state is forgotten after `forgetAfterMs` without failures.
 */

export interface LoginThrottleOptions {
  now: () => number;
  /** Failures one account may have from one address before each further attempt must wait. */
  pairFreeFailures: number;
  /** The first wait; each further failure doubles it. */
  backoffBaseMs: number;
  /** The longest any one attempt waits. */
  backoffCapMs: number;
  /** Failures one address may have, across all accounts, before it is slowed. */
  addressBurst: number;
  /** Once its burst is spent, an address gets one attempt per this interval. */
  addressIntervalMs: number;
  /** A pair or address with no failure for this long starts afresh (default a day). */
  forgetAfterMs?: number;
  /** Entries kept before idle ones are swept; bounds memory under a spray of addresses. */
  maxKeys?: number;
}

export type LimitDecision = { allowed: true } | { allowed: false; retryAfterSeconds: number };

/** Who is trying: the folded account name and the client address. */
export interface LoginAttempt {
  account: string;
  address: string;
}

interface PairState {
  failures: number;
  lastFailureAt: number;
}

interface BucketState {
  /** Failures still allowed before the address is slowed (fractional while refilling). */
  tokens: number;
  updatedAt: number;
}

const day = 86_400_000;

export class LoginThrottle {
  private readonly pairs = new Map<string, PairState>();
  private readonly addresses = new Map<string, BucketState>();

  constructor(private readonly opts: LoginThrottleOptions) {}

  /** Whether this attempt may be checked now, and if not, how long to wait. */
  check(attempt: LoginAttempt): LimitDecision {
    const now = this.opts.now();
    const waitMs = Math.max(this.pairWait(attempt, now), this.addressWait(attempt.address, now));
    return waitMs > 0 ? { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(waitMs / 1000)) } : { allowed: true };
  }

  recordFailure(attempt: LoginAttempt): void {
    const now = this.opts.now();
    this.sweepIfFull(now);
    const pair = this.livePair(pairKey(attempt), now);
    this.pairs.set(pairKey(attempt), { failures: (pair?.failures ?? 0) + 1, lastFailureAt: now });
    const bucket = this.bucket(attempt.address, now);
    // Never below empty: an address is slowed to one attempt per interval, never shut out for longer.
    this.addresses.set(attempt.address, { tokens: Math.max(0, bucket.tokens - 1), updatedAt: now });
  }

  /** A successful login forgets the pair's failures; the address keeps its bucket. */
  recordSuccess(attempt: LoginAttempt): void {
    this.pairs.delete(pairKey(attempt));
  }

  /** How long the pair must still wait after its last failure. */
  private pairWait(attempt: LoginAttempt, now: number): number {
    const pair = this.livePair(pairKey(attempt), now);
    if (!pair || pair.failures < this.opts.pairFreeFailures) return 0;
    const steps = pair.failures - this.opts.pairFreeFailures;
    const backoff = Math.min(this.opts.backoffCapMs, this.opts.backoffBaseMs * 2 ** Math.min(steps, 40));
    return pair.lastFailureAt + backoff - now;
  }

  private addressWait(address: string, now: number): number {
    const { tokens } = this.bucket(address, now);
    return tokens >= 1 ? 0 : (1 - tokens) * this.opts.addressIntervalMs;
  }

  private livePair(key: string, now: number): PairState | undefined {
    const pair = this.pairs.get(key);
    if (pair && now - pair.lastFailureAt > this.forgetAfter) {
      this.pairs.delete(key);
      return undefined;
    }
    return pair;
  }

  /** The address's bucket refilled up to now (a fresh address has a full one). */
  private bucket(address: string, now: number): BucketState {
    const stored = this.addresses.get(address);
    if (!stored) return { tokens: this.opts.addressBurst, updatedAt: now };
    const refilled = stored.tokens + (now - stored.updatedAt) / this.opts.addressIntervalMs;
    return { tokens: Math.min(this.opts.addressBurst, refilled), updatedAt: now };
  }

  private get forgetAfter(): number {
    return Math.max(this.opts.forgetAfterMs ?? day, this.opts.backoffCapMs);
  }

  private sweepIfFull(now: number): void {
    const max = this.opts.maxKeys ?? 100_000;
    if (this.pairs.size < max && this.addresses.size < max) return;
    for (const key of [...this.pairs.keys()]) this.livePair(key, now);
    for (const [address, stored] of [...this.addresses]) {
      if (this.bucket(address, now).tokens >= this.opts.addressBurst || now - stored.updatedAt > this.forgetAfter) {
        this.addresses.delete(address);
      }
    }
    // Still full of live entries: drop the oldest half rather than grow without bound.
    for (const map of [this.pairs, this.addresses] as Map<string, unknown>[]) {
      if (map.size < max) continue;
      const drop = Math.ceil(map.size / 2);
      let i = 0;
      for (const key of map.keys()) {
        if (i++ >= drop) break;
        map.delete(key);
      }
    }
  }
}

function pairKey(attempt: LoginAttempt): string {
  return `${attempt.account}\u0000${attempt.address}`;
}
