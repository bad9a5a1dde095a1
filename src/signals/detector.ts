/**
 * The online burst detector: `step(state, bucket) → {state, signal?, ended?}` over equally spaced count buckets.
 * The expectation of a bucket is a deseasonalised level (robust EWMA) times the seasonal profile (`profile.ts`);
 * the last bucket and the last 1 h, 6 h and 24 h are each tested against the sum of their expectations with an
 * over-dispersed Poisson tail (`tail.ts`), and must also be material (a ratio and a few mentions more than
 * expected). One signal per episode: while it lasts nothing fires and nothing is learnt; it ends when the last
 * `coolMs` are no longer surprising (or after `maxEpisodeMs`, the level then reset to the new normal), and no
 * window reaching back into it may fire again. A decision at a bucket uses only that bucket and earlier ones.
 * The state is plain JSON, a few hundred numbers, so a store can keep it per topic and per event.
 */
import { holidayCalendars, isDayOff } from './holidays.js';
import { type BurstOptions, bucketsIn, defaultBurstOptions, windowBuckets } from './options.js';
import { emptyProfile, learnProfile, type Profile, seasonAt } from './profile.js';
import { surpriseScore } from './tail.js';

export interface Bucket {
  /** Start of the bucket, epoch ms. */
  at: number;
  /** Mentions in the bucket (≥ 0). */
  value: number;
}

export interface BurstSignal {
  /** The bucket at which the spike was detected. */
  at: number;
  /** −log10 of the tail probability of the window that fired. */
  score: number;
  /** Length of that window in buckets, its count and the count expected. */
  window: number;
  count: number;
  expected: number;
  /** First bucket of the episode (the first above expectation in the window) and its highest bucket so far. */
  start: number;
  peakAt: number;
  peak: number;
  /** True while the history is shorter than `cautiousMs` (the threshold is raised then). */
  warmingUp: boolean;
}

export interface BurstEpisode {
  start: number;
  firedAt: number;
  peakAt: number;
  peak: number;
  peakScore: number;
  /** The bucket at which the episode was closed. */
  end: number;
  reason: 'quiet' | 'long';
}

interface OpenEpisode {
  start: number;
  startIndex: number;
  firedAt: number;
  peakAt: number;
  peak: number;
  peakScore: number;
  cool: number;
}

export interface BurstState {
  stepMs: number;
  /** Index and start of the last bucket; buckets with a value seen. */
  index: number;
  lastAt: number | null;
  seen: number;
  level: number;
  /** Exponentially weighted sums behind the over-dispersion α (variance μ + αμ²): squared excess over μ, and μ². */
  spread: { num: number; den: number };
  profile: Profile;
  /** Ring of the last buckets (longest window): counts (null where a bucket is missing) and expectations. */
  counts: (number | null)[];
  expected: number[];
  episode: OpenEpisode | null;
  /** Windows must start after this bucket index (the end of the last episode). */
  quietAfter: number;
}

export interface StepResult {
  state: BurstState;
  signal?: BurstSignal;
  ended?: BurstEpisode;
  /** Set when the bucket was refused (not on the grid, or not after the last one); the state is unchanged. */
  problem?: string;
}

export interface BurstDetector {
  options: BurstOptions;
  initial(stepMs: number): BurstState;
  step(state: BurstState, bucket: Bucket): StepResult;
}

const minExpected = 1e-3;

export function createBurstDetector(options: Partial<BurstOptions> = {}): BurstDetector {
  const o: BurstOptions = { ...defaultBurstOptions, ...options };
  const profileOptions = {
    prior: o.profilePrior,
    priorVisits: o.profilePriorVisits,
    halfLifeMs: o.profileHalfLifeMs,
    utcOffsetMinutes: o.utcOffsetMinutes,
    holidays: holidayCalendars[o.holidays],
  };

  function initial(stepMs: number): BurstState {
    if (!(stepMs > 0)) throw new Error(`bucket spacing must be positive, got ${stepMs}`);
    const ring = Math.max(...windowBuckets(o, stepMs).map((w) => w.buckets), bucketsIn(o.coolMs, stepMs));
    return {
      stepMs,
      index: -1,
      lastAt: null,
      seen: 0,
      level: 0,
      spread: { num: 0, den: 0 },
      profile: emptyProfile(),
      counts: new Array<number | null>(ring).fill(null),
      expected: new Array<number>(ring).fill(0),
      episode: null,
      quietAfter: -1,
    };
  }

  function step(state: BurstState, bucket: Bucket): StepResult {
    const { stepMs } = state;
    if (!Number.isFinite(bucket.value) || bucket.value < 0) return { state, problem: `value must be a count ≥ 0, got ${bucket.value}` };
    const s: BurstState = { ...state, counts: [...state.counts], expected: [...state.expected] };
    const ring = s.counts.length;
    let skipped = 0;
    if (s.lastAt !== null) {
      const k = (bucket.at - s.lastAt) / stepMs;
      if (!Number.isInteger(k)) return { state, problem: `not on the ${stepMs} ms grid of the earlier buckets` };
      if (k < 1) return { state, problem: 'not after the previous bucket' };
      skipped = k - 1;
      for (let j = 1; j <= Math.min(skipped, ring); j++) s.counts[(s.index + j) % ring] = null;
    }
    s.index += skipped + 1;
    s.lastAt = bucket.at;
    const x = bucket.value;
    const season = seasonAt(s.profile, bucket.at, s.level, profileOptions);
    const mu = Math.max(minExpected, s.level * season);
    s.counts[s.index % ring] = x;
    s.expected[s.index % ring] = mu;

    const out: StepResult = { state: s };
    const alpha = overdispersion(s, mu);
    if (s.episode) {
      const e = { ...s.episode };
      e.cool = skipped >= bucketsIn(o.coolMs, stepMs) ? Number.POSITIVE_INFINITY : e.cool + skipped;
      if (x > e.peak) {
        e.peak = x;
        e.peakAt = bucket.at;
      }
      const hot = windowScore(s, bucketsIn(o.coolMs, stepMs), s.quietAfter, 1.2, alpha, { minCount: 1, minExcess: 0 });
      e.peakScore = Math.max(e.peakScore, hot?.score ?? 0);
      e.cool = hot && hot.score >= o.endScore ? 0 : e.cool + 1;
      const long = (s.index - e.startIndex) * stepMs >= o.maxEpisodeMs;
      if (e.cool >= bucketsIn(o.coolMs, stepMs) || long) {
        out.ended = {
          start: e.start,
          firedAt: e.firedAt,
          peakAt: e.peakAt,
          peak: e.peak,
          peakScore: round2(e.peakScore),
          end: bucket.at,
          reason: long && e.cool < bucketsIn(o.coolMs, stepMs) ? 'long' : 'quiet',
        };
        s.episode = null;
        s.quietAfter = s.index;
        if (out.ended.reason === 'long') s.level = recentLevel(s);
      } else s.episode = e;
      return out;
    }

    const history = s.seen * stepMs;
    if (history >= o.silentMs) {
      const need = o.fireScore + (history < o.cautiousMs ? o.cautiousExtra : 0);
      let best: WindowTest | null = null;
      for (const w of windowBuckets(o, stepMs)) {
        const t = windowScore(s, w.buckets, s.quietAfter, w.minRatio, alpha, o);
        if (t && t.score >= need && (!best || t.score > best.score)) best = t;
      }
      if (best) {
        const startIndex = firstAbove(s, best.buckets);
        const peak = peakOf(s, s.index - startIndex + 1);
        const start = bucket.at - (s.index - startIndex) * stepMs;
        s.episode = { start, startIndex, firedAt: bucket.at, peakAt: peak.at, peak: peak.value, peakScore: best.score, cool: 0 };
        out.signal = {
          at: bucket.at,
          score: round2(best.score),
          window: best.buckets,
          count: best.count,
          expected: round2(best.expected),
          start,
          peakAt: peak.at,
          peak: peak.value,
          warmingUp: history < o.cautiousMs,
        };
        return out;
      }
    }
    learn(s, bucket.at, x, mu, season, alpha);
    return out;
  }

  /** Updates level, profile and dispersion from a bucket that is not part of an episode; a high count is clipped so one burst cannot drag the baseline up. */
  /** α from the sums, pulled towards `dispersionPrior` by a day's worth of buckets at the current expectation. */
  function overdispersion(s: BurstState, mu: number): number {
    const w = bucketsIn(24 * 3_600_000, s.stepMs) * mu * mu;
    return Math.max(0, (s.spread.num + o.dispersionPrior * w) / (s.spread.den + w));
  }

  function learn(s: BurstState, at: number, x: number, mu: number, season: number, alpha: number): void {
    // A day off is tested but teaches nothing: the baseline after a holiday is the one before it.
    if (isDayOff(at, o.utcOffsetMinutes, profileOptions.holidays)) {
      s.seen++;
      return;
    }
    const warm = s.seen * s.stepMs >= o.silentMs;
    const variance = mu + alpha * mu * mu;
    const clipped = warm ? Math.min(x, mu + 3 * Math.sqrt(variance) + 1) : x;
    const rate = (halfLife: number) => 1 - 2 ** (-s.stepMs / halfLife);
    const a = Math.max(rate(o.levelHalfLifeMs), 1 / (s.seen + 1));
    s.level += a * (clipped / season - s.level);
    s.profile = learnProfile(s.profile, at, clipped, s.level, s.stepMs, profileOptions);
    if (s.seen > 0) {
      const keep = 1 - rate(o.dispersionHalfLifeMs);
      const excess = Math.min((x - mu) ** 2, 25 * variance) - mu;
      s.spread = { num: s.spread.num * keep + excess, den: s.spread.den * keep + mu * mu };
    }
    s.seen++;
  }

  return { options: o, initial, step };
}

interface WindowTest {
  buckets: number;
  count: number;
  expected: number;
  score: number;
}

/** The last `buckets` buckets (those after `after` only) tested against their expectation; null when not material or mostly missing. */
function windowScore(
  s: BurstState,
  buckets: number,
  after: number,
  minRatio: number,
  alpha: number,
  floor: Pick<BurstOptions, 'minCount' | 'minExcess'>,
): WindowTest | null {
  const ring = s.counts.length;
  let count = 0;
  let expected = 0;
  let squares = 0;
  let present = 0;
  for (let i = s.index; i > s.index - buckets && i > after && i >= 0; i--) {
    const c = s.counts[i % ring];
    if (c === null || c === undefined) continue;
    count += c;
    const e = s.expected[i % ring] ?? 0;
    expected += e;
    squares += e * e;
    present++;
  }
  if (present * 2 < buckets) return null;
  const material = count >= floor.minCount && count - expected >= floor.minExcess && count >= minRatio * expected;
  // The window's variance over its mean, taking its buckets as independent negative-binomial counts.
  const phi = 1 + (alpha * squares) / Math.max(expected, 1e-9);
  return { buckets, count, expected, score: material ? surpriseScore(count, expected, phi) : 0 };
}

/** Index of the first bucket above its expectation in the last `buckets` (the episode's start). */
function firstAbove(s: BurstState, buckets: number): number {
  const ring = s.counts.length;
  for (let i = Math.max(0, s.index - buckets + 1, s.quietAfter + 1); i <= s.index; i++) {
    const c = s.counts[i % ring];
    if (c !== null && c !== undefined && c > (s.expected[i % ring] ?? 0)) return i;
  }
  return s.index;
}

function peakOf(s: BurstState, buckets: number): { at: number; value: number } {
  const ring = s.counts.length;
  let best = { at: s.lastAt ?? 0, value: -1 };
  for (let i = Math.max(0, s.index - buckets + 1); i <= s.index; i++) {
    const c = s.counts[i % ring];
    if (c !== null && c !== undefined && c > best.value) best = { at: (s.lastAt ?? 0) - (s.index - i) * s.stepMs, value: c };
  }
  return best;
}

/** The deseasonalised level of the buckets in the ring: the new normal after an episode that would not end. */
function recentLevel(s: BurstState): number {
  const ring = s.counts.length;
  let sum = 0;
  let expected = 0;
  for (let i = 0; i < ring; i++) {
    const c = s.counts[i];
    if (c === null || c === undefined) continue;
    sum += c;
    expected += s.expected[i] ?? 0;
  }
  return expected > 0 ? (s.level * sum) / expected : s.level;
}

function round2(x: number): number {
  return Math.round(x * 100) / 100;
}
