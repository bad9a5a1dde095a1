/**
 * The burst detector's parameters, with the defaults docs/signals.md explains and measures. Times are in ms so
 * the same settings serve hourly, five-minute or daily buckets; windows shorter than a bucket become one bucket.
 */

const HOUR = 3_600_000;
const DAY = 24 * HOUR;

export interface BurstWindow {
  /** Length of the window; the single latest bucket is always tested too. */
  ms: number;
  /** A window fires only if its count is at least this many times its expectation. */
  minRatio: number;
}

export interface BurstOptions {
  windows: BurstWindow[];
  /** Score (−log10 tail probability) at which a window fires once the history is long enough. */
  fireScore: number;
  /** Added to `fireScore` while the history is shorter than `cautiousMs`. */
  cautiousExtra: number;
  /** No firing at all before this much history. */
  silentMs: number;
  cautiousMs: number;
  /** A window fires only with at least this many mentions, and this many more than expected. */
  minCount: number;
  minExcess: number;
  /** Half-life of the deseasonalised level. */
  levelHalfLifeMs: number;
  /** Half-life of the seasonal profile's slots, and the pull of each factor towards the coarser one: in mentions, and in visits of the slot. */
  profileHalfLifeMs: number;
  profilePrior: number;
  profilePriorVisits: number;
  /** Half-life of the over-dispersion α (variance μ + αμ²), and its prior (over-dispersion assumed until seen otherwise). */
  dispersionHalfLifeMs: number;
  dispersionPrior: number;
  /** An episode ends after `coolMs` without the last `coolMs` scoring at least `endScore`; or after `maxEpisodeMs`, when the level is reset to the new normal. */
  endScore: number;
  coolMs: number;
  maxEpisodeMs: number;
  /** The desk's clock for hour-of-day and day-of-week slots (China Standard Time by default). */
  utcOffsetMinutes: number;
  /** A holiday calendar by name (`holidays.ts`: `cn`), whose days off the profile reads as Sundays; `none` for none. */
  holidays: string;
}

export const defaultBurstOptions: BurstOptions = {
  windows: [
    { ms: HOUR, minRatio: 2 },
    { ms: 6 * HOUR, minRatio: 1.75 },
    { ms: DAY, minRatio: 1.5 },
  ],
  fireScore: 4,
  cautiousExtra: 2,
  silentMs: DAY,
  cautiousMs: 7 * DAY,
  minCount: 5,
  minExcess: 3,
  levelHalfLifeMs: 3 * DAY,
  profileHalfLifeMs: 14 * DAY,
  profilePrior: 3,
  profilePriorVisits: 4,
  dispersionHalfLifeMs: 7 * DAY,
  dispersionPrior: 0.15,
  endScore: 1.3,
  coolMs: 6 * HOUR,
  maxEpisodeMs: 3 * DAY,
  utcOffsetMinutes: 480,
  holidays: 'none',
};

/** The windows in buckets for a spacing: one bucket, then each window rounded to whole buckets, without repeats. */
export function windowBuckets(o: BurstOptions, stepMs: number): { buckets: number; minRatio: number }[] {
  const first = o.windows[0]?.minRatio ?? 2;
  const out = [{ buckets: 1, minRatio: first }];
  for (const w of o.windows) {
    const buckets = Math.max(1, Math.round(w.ms / stepMs));
    const same = out.find((x) => x.buckets === buckets);
    if (same) same.minRatio = Math.min(same.minRatio, w.minRatio);
    else out.push({ buckets, minRatio: w.minRatio });
  }
  return out;
}

/** Whole buckets in a span, at least `least`. */
export function bucketsIn(ms: number, stepMs: number, least = 1): number {
  return Math.max(least, Math.ceil(ms / stepMs));
}
