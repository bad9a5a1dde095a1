/**
 * The detector measured on synthetic series (`testkit/streams.ts`): false alarms per series-week on quiet series at
 * several volumes, and, on series with one injected burst, how many bursts are found and how many buckets after
 * the onset. The warm-up week is counted apart from the weeks after it. Pure and seeded: the same figures every run.
 */

import type { BurstOptions } from './options.js';
import { detectSeries } from './run.js';
import { type BurstKind, burstKinds, HOUR_MS, syntheticStream } from './testkit/streams.js';

/** Mean mentions per hour of the series measured: from a quiet topic (a few a day) to a busy one. */
export const volumes = [0.2, 1, 5, 25, 150, 1000];
/** How long after its onset a burst may be found and still count. */
export const horizonHours: Record<BurstKind, number> = { 'hour-x5': 3, 'day-x3': 48, 'ramp-3d': 96 };

const size = 8;

export interface QuietFigures {
  perHour: number;
  seriesWeeks: number;
  falseAlarms: number;
  perSeriesWeek: number;
  /** Alarms in the first week (history still short, threshold raised), per series. */
  warmupPerSeries: number;
}

export function measureQuiet(opts: { series?: number; weeks?: number; options?: Partial<BurstOptions> } = {}): QuietFigures[] {
  const series = opts.series ?? 6;
  const weeks = opts.weeks ?? 8;
  return volumes.map((perHour, v) => {
    let after = 0;
    let warmup = 0;
    for (let i = 0; i < series; i++) {
      const buckets = syntheticStream({ perHour, hours: weeks * 168, seed: 1000 * v + i + 1, size });
      const { signals } = detectSeries(buckets, HOUR_MS, opts.options);
      const firstWeekEnd = (buckets[0]?.at ?? 0) + 168 * HOUR_MS;
      for (const s of signals) {
        if (s.at < firstWeekEnd) warmup++;
        else after++;
      }
    }
    const seriesWeeks = series * (weeks - 1);
    return {
      perHour,
      seriesWeeks,
      falseAlarms: after,
      perSeriesWeek: round3(after / seriesWeeks),
      warmupPerSeries: round3(warmup / series),
    };
  });
}

export interface BurstFigures {
  kind: BurstKind;
  perHour: number;
  trials: number;
  found: number;
  /** Buckets from onset to the signal, over the bursts found. */
  medianDelay: number | null;
  maxDelay: number | null;
}

export function measureBursts(opts: { trials?: number; options?: Partial<BurstOptions> } = {}): BurstFigures[] {
  const trials = opts.trials ?? 12;
  const out: BurstFigures[] = [];
  burstKinds.forEach((kind, k) => {
    volumes.forEach((perHour, v) => {
      const delays: number[] = [];
      for (let i = 0; i < trials; i++) {
        const seed = 100_000 + 10_000 * k + 100 * v + i;
        // Onset in the third week, at any hour, so the history is past its warm-up.
        const onset = 14 * 24 + ((seed * 7919) % 168);
        const buckets = syntheticStream({ perHour, hours: onset + horizonHours[kind] + 24, seed, size, burst: { kind, onset } });
        const onsetAt = (buckets[0]?.at ?? 0) + onset * HOUR_MS;
        const { signals } = detectSeries(buckets, HOUR_MS, opts.options);
        const hit = signals.find((s) => s.at >= onsetAt && s.at - onsetAt < horizonHours[kind] * HOUR_MS);
        if (hit) delays.push((hit.at - onsetAt) / HOUR_MS);
      }
      delays.sort((a, b) => a - b);
      out.push({
        kind,
        perHour,
        trials,
        found: delays.length,
        medianDelay: delays.length ? (delays[Math.floor((delays.length - 1) / 2)] ?? null) : null,
        maxDelay: delays.at(-1) ?? null,
      });
    });
  });
  return out;
}

function round3(x: number): number {
  return Math.round(x * 1000) / 1000;
}
