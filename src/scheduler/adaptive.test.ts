/**
 * The adaptive interval and failure backoff, driven by a simulated clock: a feed publishing on a
 * schedule, polled whenever `planNext` says, with the items published since the previous success as the
 * pass's new items. Checks that the interval follows the rate up and down within minutes.
 */
import { describe, expect, it } from 'vitest';
import {
  chooseInterval,
  failureDelay,
  type IntervalPolicy,
  intervalBounds,
  nextCheckAt,
  type PassOutcome,
  planNext,
  type RateEstimate,
} from './adaptive.js';

const auto: IntervalPolicy = { floorSeconds: 30, setting: null, defaultSeconds: 300, maxSeconds: 1800, targetItems: 1 };
const mid = () => 0.5; // no jitter

interface Pass {
  at: number;
  newItems: number;
  intervalSeconds: number;
}

/** Polls a source publishing at `publishedAt` times (ms) from 0 until `untilMs`, as the scheduler would. */
function simulate(policy: IntervalPolicy, publishedAt: (from: number, to: number) => number, untilMs: number): Pass[] {
  let rate: RateEstimate | null = null;
  let rateAt: number | null = null;
  let interval: number | null = null;
  let lastNew: number | null = null;
  let now = 0;
  let lastSeen = -Infinity;
  const passes: Pass[] = [];
  while (now <= untilMs) {
    const newItems = lastSeen === -Infinity ? 20 : publishedAt(lastSeen, now);
    lastSeen = now;
    const outcome: PassOutcome = { ok: true, newItems };
    const s = planNext({
      policy,
      backoffCapSeconds: 600,
      rate,
      rateAt,
      lastNewItemAt: lastNew,
      failuresBefore: 0,
      intervalSeconds: interval,
      outcome,
      now,
      random: mid,
    });
    if (newItems > 0) lastNew = now;
    rate = s.rate ?? rate;
    rateAt = s.rate?.at ?? rateAt;
    interval = s.intervalSeconds;
    passes.push({ at: now, newItems, intervalSeconds: s.intervalSeconds });
    now = s.nextCheckAt;
  }
  return passes;
}

/** Items published in (from, to] by a feed publishing every `everyMs` between `startMs` and `endMs`. */
const steady =
  (everyMs: number, startMs = 0, endMs = Infinity) =>
  (from: number, to: number) => {
    const count = (t: number) => (t < startMs ? 0 : Math.floor((Math.min(t, endMs) - startMs) / everyMs) + 1);
    return count(to) - count(from);
  };
const MIN = 60_000;
const intervalAt = (passes: Pass[], ms: number) => passes.filter((p) => p.at <= ms).at(-1)?.intervalSeconds;

describe('adaptive interval', () => {
  it('starts an automatic source at its kind’s default, and a set one at its setting (at least the floor)', () => {
    expect(chooseInterval(null, auto)).toBe(300);
    expect(chooseInterval(null, { ...auto, setting: 60 })).toBe(60);
    expect(chooseInterval(null, { ...auto, setting: 10 })).toBe(30);
    expect(intervalBounds({ ...auto, setting: 60 })).toEqual({ baseSeconds: 60, minSeconds: 30, maxSeconds: 60 });
    expect(intervalBounds(auto)).toEqual({ baseSeconds: 300, minSeconds: 30, maxSeconds: 1200 });
    expect(intervalBounds({ ...auto, maxSeconds: 600 }).maxSeconds).toBe(600);
  });

  it('learns a busy feed at once: one item every 20 s brings an automatic feed to the floor at its second pass', () => {
    const passes = simulate(auto, steady(20_000), 30 * MIN);
    expect(passes[0]?.intervalSeconds).toBe(300); // the first pass is the backlog: it only starts the clock
    expect(passes[1]).toMatchObject({ at: 300_000, newItems: 15, intervalSeconds: 30 });
    expect(passes.slice(1).every((p) => p.intervalSeconds === 30)).toBe(true);
  });

  it('settles near one new item per pass for a feed of one item every 10 minutes', () => {
    const passes = simulate(auto, steady(10 * MIN), 6 * 3_600_000);
    const late = passes.filter((p) => p.at > 3 * 3_600_000).map((p) => p.intervalSeconds);
    for (const s of late) expect(s).toBeGreaterThanOrEqual(400);
    for (const s of late) expect(s).toBeLessThanOrEqual(800);
    const perPass = late.length > 0 ? passes.filter((p) => p.at > 3 * 3_600_000).reduce((n, p) => n + p.newItems, 0) / late.length : 0;
    expect(perPass).toBeGreaterThan(0.6);
    expect(perPass).toBeLessThan(1.4);
  });

  it('speeds up within one pass when a quiet feed turns busy, and slows down within half an hour when it falls silent', () => {
    // Quiet (one item an hour) for 3 hours, busy (every 20 s) for an hour, then silent.
    const quietEnd = 3 * 3_600_000;
    const busyEnd = 4 * 3_600_000;
    const publish = (from: number, to: number) =>
      steady(3_600_000, 0, quietEnd - 1)(from, to) + steady(20_000, quietEnd, busyEnd)(from, to);
    const passes = simulate(auto, publish, 6 * 3_600_000);
    expect(intervalAt(passes, quietEnd)).toBe(1200); // quiet: at the automatic ceiling (4 × 300 s)
    const first = passes.findIndex((p) => p.at > quietEnd && p.newItems > 0);
    expect((passes[first]?.at ?? Infinity) - quietEnd).toBeLessThanOrEqual(1200 * 1000);
    expect(passes[first]?.intervalSeconds).toBeLessThanOrEqual(60);
    expect(passes[first + 1]?.intervalSeconds).toBe(30);
    expect(intervalAt(passes, busyEnd)).toBe(30);
    expect(intervalAt(passes, busyEnd + 15 * MIN)).toBeGreaterThanOrEqual(90);
    expect(intervalAt(passes, busyEnd + 30 * MIN)).toBeGreaterThanOrEqual(300);
    expect(intervalAt(passes, busyEnd + 90 * MIN)).toBe(1200);
  });

  it('keeps a set interval as the longest wait, and goes at most twice as fast when the source is busy', () => {
    const set = { ...auto, setting: 60 };
    const busy = simulate(set, steady(20_000), 60 * MIN);
    expect(busy.slice(1).every((p) => p.intervalSeconds === 30)).toBe(true);
    const silent = simulate(set, () => 0, 180 * MIN);
    expect(Math.max(...silent.map((p) => p.intervalSeconds))).toBe(60);
    expect(silent.at(-1)?.intervalSeconds).toBe(60);
  });

  it('takes a first guess from the first page’s publication times', () => {
    const first = (backlog: number[]) =>
      planNext({
        policy: auto,
        backoffCapSeconds: 600,
        rate: null,
        rateAt: null,
        lastNewItemAt: null,
        failuresBefore: 0,
        intervalSeconds: null,
        outcome: { ok: true, newItems: backlog.length },
        now: 0,
        random: mid,
        backlog,
      });
    const page = (everyMs: number) => Array.from({ length: 20 }, (_, i) => -(i + 1) * everyMs);
    expect(first(page(20_000)).intervalSeconds).toBe(30);
    expect(first(page(10 * MIN)).intervalSeconds).toBeGreaterThan(500);
    expect(first(page(10 * MIN)).intervalSeconds).toBeLessThan(700);
    expect(first(page(86_400_000)).intervalSeconds).toBe(1200);
    expect(first([-1000, -2000]).intervalSeconds).toBe(300); // too few dated items: the kind's default
    expect(first([5000, 6000, 7000]).intervalSeconds).toBe(300); // future times are no evidence
    expect(first(page(20_000)).rate).toMatchObject({ items: 20, seconds: 400, at: 0 });
  });

  it('counts a 304 as no new items over the time since the last pass', () => {
    const base = {
      policy: auto,
      backoffCapSeconds: 600,
      intervalSeconds: 200,
      now: 60_000,
      random: mid,
      lastNewItemAt: 0,
      failuresBefore: 0,
    };
    const rate = { items: 3, seconds: 600 };
    const after304 = planNext({ ...base, rate, rateAt: 0, outcome: { ok: true, newItems: 0 } });
    const afterNew = planNext({ ...base, rate, rateAt: 0, outcome: { ok: true, newItems: 1 } });
    expect(after304.rate?.items).toBeLessThan(3);
    expect(after304.rate?.seconds).toBeGreaterThan(600);
    expect(after304.intervalSeconds).toBeGreaterThan(afterNew.intervalSeconds);
  });
});

describe('failure backoff', () => {
  const cap = { floorSeconds: 30, capSeconds: 600 };
  it('doubles from 30 s and stops at the cap (minutes, not hours)', () => {
    expect([1, 2, 3, 4, 5, 6, 7, 50].map((n) => failureDelay(n, undefined, cap))).toEqual([30, 60, 120, 240, 480, 600, 600, 600]);
  });
  it('honours Retry-After within the cap, and the host floor always', () => {
    expect(failureDelay(1, 90_000, cap)).toBe(90);
    expect(failureDelay(1, 6 * 3_600_000, cap)).toBe(600);
    expect(failureDelay(1, undefined, { floorSeconds: 300, capSeconds: 600 })).toBe(300);
  });
  it('leaves the interval alone while failing, and returns to it at the first success', () => {
    const rate = { items: 90, seconds: 1800 }; // one item every 20 s
    let now = 0;
    const fail = (n: number): PassOutcome => ({ ok: false, consecutiveFailures: n });
    const waits: number[] = [];
    for (let n = 1; n <= 8; n++) {
      const s = planNext({
        policy: auto,
        backoffCapSeconds: 600,
        rate,
        rateAt: 0,
        lastNewItemAt: 0,
        failuresBefore: n - 1,
        intervalSeconds: 30,
        outcome: fail(n),
        now,
        random: mid,
      });
      expect(s.intervalSeconds).toBe(30);
      expect(s.rate).toBeUndefined();
      waits.push((s.nextCheckAt - now) / 1000);
      now = s.nextCheckAt;
    }
    expect(waits).toEqual([30, 60, 120, 240, 480, 600, 600, 600]);
    // Recovered: the items published over the whole outage arrive, and the next check is one interval away.
    const back = planNext({
      policy: auto,
      backoffCapSeconds: 600,
      rate,
      rateAt: 0,
      lastNewItemAt: 0,
      failuresBefore: 8,
      intervalSeconds: 30,
      outcome: { ok: true, newItems: 20 }, // the feed's last page: most of the outage's items are gone from it
      now,
      random: mid,
    });
    expect(back).toMatchObject({ intervalSeconds: 30, nextCheckAt: now + 30_000 });
  });
  it('jitters the next check by at most ±10 %', () => {
    expect(nextCheckAt(0, 100, () => 0)).toBe(90_000);
    expect(nextCheckAt(0, 100, () => 0.5)).toBe(100_000);
    expect(nextCheckAt(0, 100, () => 0.999999)).toBeLessThanOrEqual(110_000);
  });
});
