/** The login throttle with an injected clock. */
import { describe, expect, it } from 'vitest';
import { LoginRateLimiter } from './rate-limit.js';

function limiter(maxFailures = 3, windowMs = 60_000) {
  const clock = { now: 1_000_000 };
  return { clock, rl: new LoginRateLimiter({ maxFailures, windowMs, now: () => clock.now }) };
}

describe('LoginRateLimiter', () => {
  it('allows the configured number of failures, then refuses until the window passes', () => {
    const { clock, rl } = limiter(3, 60_000);
    for (let i = 0; i < 3; i++) {
      expect(rl.check(['user:a'])).toEqual({ allowed: true });
      rl.recordFailure(['user:a']);
      clock.now += 1000;
    }
    // failures at t0, t0+1s, t0+2s; now t0+3s: blocked until t0+60s.
    expect(rl.check(['user:a'])).toEqual({ allowed: false, retryAfterSeconds: 57 });
    clock.now += 56_000; // t0+59s
    expect(rl.check(['user:a']).allowed).toBe(false);
    clock.now += 1000; // t0+60s: the first failure leaves the window
    expect(rl.check(['user:a'])).toEqual({ allowed: true });
  });

  it('refuses when any one key is over the limit, and keeps keys apart', () => {
    const { rl } = limiter(2);
    rl.recordFailure(['ip:1', 'user:a']);
    rl.recordFailure(['ip:1', 'user:b']);
    expect(rl.check(['ip:1', 'user:c']).allowed).toBe(false);
    expect(rl.check(['ip:2', 'user:c']).allowed).toBe(true);
    expect(rl.check(['ip:2', 'user:a']).allowed).toBe(true);
  });

  it('forgets a key on clear', () => {
    const { rl } = limiter(1);
    rl.recordFailure(['user:a']);
    expect(rl.check(['user:a']).allowed).toBe(false);
    rl.clear('user:a');
    expect(rl.check(['user:a']).allowed).toBe(true);
  });

  it('stays bounded under a spray of distinct keys', () => {
    const clock = { now: 0 };
    const rl = new LoginRateLimiter({ maxFailures: 5, windowMs: 60_000, now: () => clock.now, maxKeys: 100 });
    for (let i = 0; i < 1000; i++) rl.recordFailure([`ip:${i}`]);
    const size = (rl as unknown as { failures: Map<string, number[]> }).failures.size;
    expect(size).toBeLessThanOrEqual(100);
  });
});
