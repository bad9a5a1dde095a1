/**
 * The time grains of the dashboard rollups (pure): hours (`h`, volume only), UTC days (`d`), weeks (`w`, 7 days from a
 * Monday) and four-week blocks (`M`, 28 days, made of whole weeks). A span of whole days is covered by the fewest
 * aligned buckets, largest first, so a 90-day period reads about a dozen buckets instead of 90 days.
 */

export const HOUR = 3_600_000;
export const DAY = 86_400_000;
const WEEK = 7 * DAY;
const BLOCK = 28 * DAY;
/** 1970-01-05, a Monday: weeks and blocks are aligned to it. */
const BASE = 4 * DAY;

export type Grain = 'd' | 'w' | 'M';
export const COARSE_GRAINS: readonly Grain[] = ['d', 'w', 'M'];
const LENGTH: Record<Grain, number> = { d: DAY, w: WEEK, M: BLOCK };

/** Start of the bucket of this grain holding `at`. */
export function bucketStart(grain: Grain, at: number): number {
  const len = LENGTH[grain];
  return BASE + Math.floor((at - BASE) / len) * len;
}

export interface GrainBucket {
  grain: Grain;
  at: number;
}

/** The fewest aligned buckets exactly covering the whole days [d0, d1) (both day starts), in time order. */
export function coverDays(d0: number, d1: number): GrainBucket[] {
  const out: GrainBucket[] = [];
  let at = d0;
  while (at < d1) {
    const grain = (['M', 'w', 'd'] as const).find((g) => bucketStart(g, at) === at && at + LENGTH[g] <= d1) ?? 'd';
    out.push({ grain, at });
    at += LENGTH[grain];
  }
  return out;
}

/** The buckets' starts per grain. */
export function byGrain(buckets: readonly GrainBucket[]): Map<Grain, number[]> {
  const out = new Map<Grain, number[]>();
  for (const b of buckets) out.set(b.grain, [...(out.get(b.grain) ?? []), b.at]);
  return out;
}
