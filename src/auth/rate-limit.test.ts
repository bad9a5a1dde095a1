/** The login throttle with an injected clock: backoff per account and address, slowing per address. */
import { describe, expect, it } from 'vitest';
import { LoginThrottle, type LoginThrottleOptions } from './rate-limit.js';

function throttle(over: Partial<LoginThrottleOptions> = {}) {
  const clock = { now: 1_000_000 };
  const t = new LoginThrottle({
    now: () => clock.now,
    pairFreeFailures: 5,
    backoffBaseMs: 1000,
    backoffCapMs: 900_000,
    addressBurst: 100,
    addressIntervalMs: 5000,
    ...over,
  });
  return { clock, t };
}

const alice = { account: 'alice', address: '198.51.100.1' };

describe('LoginThrottle', () => {
  it('lets the first failures through, then waits 1 s doubling per failure up to the cap', () => {
    const { clock, t } = throttle();
    for (let i = 0; i < 5; i++) {
      expect(t.check(alice)).toEqual({ allowed: true });
      t.recordFailure(alice);
    }
    const waits: number[] = [];
    for (let i = 0; i < 14; i++) {
      const d = t.check(alice);
      if (d.allowed) throw new Error(`attempt ${i} should wait`);
      waits.push(d.retryAfterSeconds);
      clock.now += d.retryAfterSeconds * 1000 - 1;
      expect(t.check(alice).allowed).toBe(false);
      clock.now += 1;
      expect(t.check(alice)).toEqual({ allowed: true });
      t.recordFailure(alice);
    }
    expect(waits).toEqual([1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 900, 900, 900, 900]);
  });

  it('never makes a pair wait longer than the cap, however many failures it has', () => {
    const { t } = throttle();
    for (let i = 0; i < 10_000; i++) t.recordFailure(alice);
    const d = t.check(alice);
    expect(d.allowed).toBe(false);
    expect(d.allowed === false && d.retryAfterSeconds).toBe(900);
  });

  it('never holds back the same account from another address', () => {
    const { t } = throttle();
    for (let i = 0; i < 1000; i++) t.recordFailure(alice);
    expect(t.check(alice).allowed).toBe(false);
    expect(t.check({ account: 'alice', address: '203.0.113.9' })).toEqual({ allowed: true });
  });

  it('slows an address that sprays many accounts to one attempt per interval, never banning it', () => {
    const { clock, t } = throttle();
    const address = '192.0.2.50';
    for (let i = 0; i < 100; i++) {
      expect(t.check({ account: `guess${i}`, address }).allowed).toBe(true);
      t.recordFailure({ account: `guess${i}`, address });
    }
    // Burst spent: a fresh account on that address now waits one interval, not a ban.
    expect(t.check({ account: 'alice', address })).toEqual({ allowed: false, retryAfterSeconds: 5 });
    expect(t.check({ account: 'alice', address: '192.0.2.51' })).toEqual({ allowed: true });
    for (let round = 0; round < 50; round++) {
      clock.now += 5000;
      expect(t.check({ account: `late${round}`, address })).toEqual({ allowed: true });
      t.recordFailure({ account: `late${round}`, address });
      expect(t.check({ account: 'alice', address }).allowed).toBe(false);
    }
    // Quiet for a while, the burst comes back.
    clock.now += 100 * 5000;
    expect(t.check({ account: 'alice', address })).toEqual({ allowed: true });
  });

  it('forgets a pair on success, and after a quiet day', () => {
    const { clock, t } = throttle({ pairFreeFailures: 1 });
    t.recordFailure(alice);
    expect(t.check(alice).allowed).toBe(false);
    t.recordSuccess(alice);
    expect(t.check(alice)).toEqual({ allowed: true });

    t.recordFailure(alice);
    t.recordFailure(alice);
    clock.now += 86_400_001;
    t.recordFailure(alice);
    // Counted afresh: one failure is within the free allowance plus one doubling step, not three.
    expect(t.check(alice)).toEqual({ allowed: false, retryAfterSeconds: 1 });
  });

  it('bounds a guesser who retries the moment it may, over a whole day', () => {
    const day = 86_400_000;
    const guessesPerDay = (accounts: number) => {
      const { clock, t } = throttle();
      let guesses = 0;
      while (clock.now < 1_000_000 + day) {
        const attempt = { account: `acct${guesses % accounts}`, address: '192.0.2.99' };
        const d = t.check(attempt);
        if (d.allowed) {
          t.recordFailure(attempt);
          guesses += 1;
        } else clock.now += d.retryAfterSeconds * 1000;
      }
      return guesses;
    };
    // One account: 5 free, 10 doubling waits (1023 s), then one per 15 minutes.
    expect(guessesPerDay(1)).toBeLessThanOrEqual(5 + 10 + Math.ceil(day / 900_000));
    // Across accounts: the burst, then one per interval.
    expect(guessesPerDay(1_000_000)).toBeLessThanOrEqual(100 + Math.ceil(day / 5000));
  });

  it('stays bounded under a spray of distinct addresses', () => {
    const { t } = throttle({ maxKeys: 100 });
    for (let i = 0; i < 1000; i++) t.recordFailure({ account: 'a', address: `ip${i}` });
    const sizes = t as unknown as { pairs: Map<string, unknown>; addresses: Map<string, unknown> };
    expect(sizes.pairs.size).toBeLessThanOrEqual(100);
    expect(sizes.addresses.size).toBeLessThanOrEqual(100);
  });
});
