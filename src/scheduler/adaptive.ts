/**
 * The adaptive interval, pure. New items are treated as a Poisson process: each successful pass adds
 * the new items it found and the time they had to appear (a 304 is zero items over that time) to an
 * exponentially decaying sum, so the rate λ follows the source within about half an hour either way.
 * The next interval is the target of new items per pass over λ, within the source's bounds.
 * Failures do not touch the interval: they wait a capped, doubling delay, and the first success
 * after them returns to the interval at once. Every next check gets ±10 % jitter so sources never
 * move in step.
 */

/** Decaying sums of new items and of observed seconds; their ratio is the rate λ (items/s). */
export interface RateEstimate {
  items: number;
  seconds: number;
}

/** How long observations count: their weight falls by e every this many seconds. */
export const RATE_MEMORY_SECONDS = 1800;
/** The prior: half an item per base interval, so one quiet pass does not read as a dead source. */
const PRIOR_ITEMS = 0.5;
/** A source with an interval set may be checked up to this many times as often when it is busy. */
export const USER_SPEEDUP = 2;
/** An automatic source slows down, when quiet, to at most this many times its kind's default. */
export const AUTO_SLOWDOWN = 4;
/** The first retry after a failure; each further failure in a row doubles it, up to the cap. */
export const FIRST_RETRY_SECONDS = 30;

export interface IntervalPolicy {
  /** The host floor: never more often than this. */
  floorSeconds: number;
  /** The source's own interval, or null for automatic. */
  setting: number | null;
  /** The kind's default interval (the base of an automatic source). */
  defaultSeconds: number;
  /** The ceiling of an automatic source. */
  maxSeconds: number;
  /** New items one pass should find on average. */
  targetItems: number;
}

export interface IntervalBounds {
  minSeconds: number;
  maxSeconds: number;
  /** The interval with nothing learnt yet. */
  baseSeconds: number;
}

/**
 * A set interval is the longest a working source waits: busy, it may be checked up to twice as often,
 * never beyond the host floor. An automatic source starts at its kind's default and moves between
 * the host floor and 4× that default (at most the configured maximum).
 */
export function intervalBounds(p: IntervalPolicy): IntervalBounds {
  if (p.setting !== null) {
    const base = Math.max(p.floorSeconds, p.setting);
    return { baseSeconds: base, minSeconds: Math.max(p.floorSeconds, Math.ceil(base / USER_SPEEDUP)), maxSeconds: base };
  }
  const base = Math.max(p.floorSeconds, p.defaultSeconds);
  return {
    baseSeconds: base,
    minSeconds: p.floorSeconds,
    maxSeconds: Math.max(base, Math.min(p.maxSeconds, AUTO_SLOWDOWN * p.defaultSeconds)),
  };
}

/**
 * Adds one successful pass: `newItems` appeared over `elapsedSeconds` since the previous successful pass,
 * and nothing new has come for `silentSeconds` (0 when this pass brought items). A pass the learnt rate makes
 * very unlikely — many more items than expected (under 1 %), or a silence the rate makes under 0.1 % likely —
 * means the source changed pace: the past is forgotten and the estimate restarts from what was just seen.
 */
export function observeRate(prev: RateEstimate | null, newItems: number, elapsedSeconds: number, silentSeconds = 0): RateEstimate {
  const items = Math.max(0, Math.round(newItems));
  if (!(elapsedSeconds > 0)) return { items: (prev?.items ?? 0) + items, seconds: prev?.seconds ?? 0 };
  const rate = prev && prev.seconds > 0 ? prev.items / prev.seconds : 0;
  if (rate > 0 && items >= 3 && 1 - poissonCdf(items - 1, rate * elapsedSeconds) < SURPRISE) return { items, seconds: elapsedSeconds };
  const silence = Math.max(silentSeconds, items === 0 ? elapsedSeconds : 0);
  const wellKnown = (prev?.items ?? 0) >= SILENCE_EVIDENCE;
  if (wellKnown && items === 0 && Math.exp(-rate * silence) < SILENCE_SURPRISE) return { items: 0, seconds: silence };
  const keep = Math.exp(-elapsedSeconds / RATE_MEMORY_SECONDS);
  return { items: (prev?.items ?? 0) * keep + items, seconds: (prev?.seconds ?? 0) * keep + elapsedSeconds };
}

/**
 * A first guess from a source's first page: n items published over the time from the oldest of them to now
 * (a stale page reads as slow, a busy one as fast). None when fewer than 3 items carry a time in the past.
 */
export function backlogRate(publishedAt: number[], now: number): RateEstimate | null {
  const past = publishedAt.filter((t) => Number.isFinite(t) && t <= now);
  if (past.length < 3) return null;
  const seconds = (now - Math.min(...past)) / 1000;
  return seconds > 0 ? { items: past.length, seconds } : null;
}

/** Below this probability a burst of items is taken as a change of pace. */
const SURPRISE = 0.01;
/** Below this probability a silence is: stricter, since a wrong call costs one long wait. */
const SILENCE_SURPRISE = 0.001;
/** A silence is judged only against a rate learnt from at least this many items, not from one lucky pass. */
const SILENCE_EVIDENCE = 10;

/** P(X ≤ k) for X ~ Poisson(mu), summed in log space so large means do not underflow. */
export function poissonCdf(k: number, mu: number): number {
  if (k < 0) return 0;
  if (mu <= 0) return 1;
  let logTerm = -mu;
  let logSum = logTerm;
  for (let i = 1; i <= k; i++) {
    logTerm += Math.log(mu / i);
    const hi = Math.max(logSum, logTerm);
    logSum = hi + Math.log(Math.exp(logSum - hi) + Math.exp(logTerm - hi));
  }
  return Math.min(1, Math.exp(logSum));
}

/** The estimated rate of new items per second, with the prior of half an item per base interval. */
export function estimatedRate(rate: RateEstimate | null, baseSeconds: number): number {
  return ((rate?.items ?? 0) + PRIOR_ITEMS) / ((rate?.seconds ?? 0) + PRIOR_ITEMS * baseSeconds);
}

/** The interval at which a pass finds `targetItems` new items on average, within the bounds, in whole seconds. */
export function chooseInterval(rate: RateEstimate | null, p: IntervalPolicy): number {
  const b = intervalBounds(p);
  const seconds = p.targetItems / estimatedRate(rate, b.baseSeconds);
  return clamp(Math.round(seconds), b);
}

/** Seconds to wait after the `consecutiveFailures`-th failure in a row: doubling from 30 s, capped; Retry-After honoured within the cap; never below the host floor. */
export function failureDelay(
  consecutiveFailures: number,
  retryAfterMs: number | undefined,
  o: { floorSeconds: number; capSeconds: number },
): number {
  const doubling = FIRST_RETRY_SECONDS * 2 ** Math.min(Math.max(consecutiveFailures, 1) - 1, 20);
  const asked = retryAfterMs === undefined ? 0 : Math.ceil(retryAfterMs / 1000);
  return Math.max(o.floorSeconds, Math.min(o.capSeconds, Math.max(doubling, asked)));
}

export type PassOutcome = { ok: true; newItems: number } | { ok: false; consecutiveFailures: number; retryAfterMs?: number };

export interface ScheduleInput {
  policy: IntervalPolicy;
  /** Longest wait after failures, Retry-After included. */
  backoffCapSeconds: number;
  /** The learnt rate and the time of the successful pass it runs to (null before the first success). */
  rate: RateEstimate | null;
  rateAt: number | null;
  /** When a pass last brought new items (null if never). */
  lastNewItemAt: number | null;
  /** Failures in a row before this pass. */
  failuresBefore: number;
  /** On a source's first pass, the publication times of what it offered (its backlog). */
  backlog?: number[];
  /** The effective interval before this pass (null before the first). */
  intervalSeconds: number | null;
  outcome: PassOutcome;
  now: number;
  random: () => number;
}

export interface Schedule {
  intervalSeconds: number;
  nextCheckAt: number;
  /** After a success: the rate to store, running to `now`. */
  rate?: RateEstimate & { at: number };
}

/**
 * The next check after a pass. A success adds its new items (a 304 has none) over the time since the
 * previous success to the rate and picks the interval from it. What a source offers on its first success
 * is its backlog, not new items: the rate starts from the backlog's publication times instead; the first
 * success after failures only restarts the clock. A failure keeps the interval and waits a capped,
 * doubling delay, so the first success after it returns to the interval at once.
 */
export function planNext(i: ScheduleInput): Schedule {
  if (!i.outcome.ok) {
    const intervalSeconds = i.intervalSeconds ?? chooseInterval(i.rate, i.policy);
    const delay = failureDelay(i.outcome.consecutiveFailures, i.outcome.retryAfterMs, {
      floorSeconds: i.policy.floorSeconds,
      capSeconds: i.backoffCapSeconds,
    });
    return { intervalSeconds, nextCheckAt: nextCheckAt(i.now, delay, i.random) };
  }
  const silentSince = i.lastNewItemAt ?? i.rateAt;
  const silent = i.outcome.newItems > 0 || silentSince === null ? 0 : (i.now - silentSince) / 1000;
  // After an outage the items seen are a feed's last page, not a count over the outage: only restart the clock.
  const learnt =
    i.rateAt === null
      ? (i.rate ?? backlogRate(i.backlog ?? [], i.now))
      : i.failuresBefore > 0
        ? i.rate
        : observeRate(i.rate, i.outcome.newItems, (i.now - i.rateAt) / 1000, silent);
  const intervalSeconds = chooseInterval(learnt, i.policy);
  return {
    intervalSeconds,
    nextCheckAt: nextCheckAt(i.now, intervalSeconds, i.random),
    rate: { items: learnt?.items ?? 0, seconds: learnt?.seconds ?? 0, at: i.now },
  };
}

export function clamp(seconds: number, b: { minSeconds: number; maxSeconds: number }): number {
  return Math.min(b.maxSeconds, Math.max(b.minSeconds, seconds));
}

/** When to check next: now + interval, moved by up to ±10 % (`random` in [0, 1)). */
export function nextCheckAt(now: number, intervalSeconds: number, random: () => number): number {
  const jitter = 1 + (random() * 2 - 1) * 0.1;
  return now + Math.round(intervalSeconds * 1000 * jitter);
}
