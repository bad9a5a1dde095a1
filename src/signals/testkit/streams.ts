/**
 * Synthetic hourly volume series for measuring the detector: negative-binomial counts around a daily curve (quiet
 * nights, morning and evening peaks on the desk's clock), quieter weekends and a slowly wandering level, with
 * optionally one injected burst: a sudden ×5 hour, a story that triples over a day, or a slow ramp to ×2.5 over
 * three days. Seeded, so every run draws the same series.
 */
import { type Random, seededRandom } from '../../domain/random.js';
import type { Bucket } from '../detector.js';
import { negativeBinomial, normal } from './sample.js';

export const HOUR_MS = 3_600_000;
/** Monday 2026-09-07 00:00 in China Standard Time. */
export const seriesStart = Date.UTC(2026, 8, 6, 16);

export type BurstKind = 'hour-x5' | 'day-x3' | 'ramp-3d';
export const burstKinds: BurstKind[] = ['hour-x5', 'day-x3', 'ramp-3d'];

/** Relative volume per hour of the day (China Standard Time): night trough, 10–11 h, lunch, 20–22 h. */
const dayCurve = [
  0.35, 0.22, 0.15, 0.11, 0.1, 0.12, 0.2, 0.45, 0.85, 1.25, 1.45, 1.4, 1.2, 1.15, 1.3, 1.35, 1.3, 1.2, 1.15, 1.35, 1.6, 1.7, 1.45, 0.85,
];
const weekCurve = [1.05, 1, 1, 1, 1, 0.75, 0.7];

export interface StreamSpec {
  /** Mean mentions per hour over a week. */
  perHour: number;
  hours: number;
  seed: number;
  /** Negative-binomial size (smaller: burstier; Infinity: Poisson). */
  size: number;
  burst?: { kind: BurstKind; onset: number };
}

/** The multiplier an injected burst puts on the mean, `t` hours after its onset. */
export function burstMultiplier(kind: BurstKind, t: number): number {
  if (t < 0) return 1;
  if (kind === 'hour-x5') return t < 1 ? 5 : 1;
  if (kind === 'day-x3') return t < 24 ? 1 + (2 * t) / 24 : t < 48 ? 3 : t < 72 ? 3 - (2 * (t - 48)) / 24 : 1;
  return t < 72 ? 1 + (1.5 * t) / 72 : t < 96 ? 2.5 : 1;
}

export function seasonalMean(at: number): number {
  const local = new Date(at + 8 * HOUR_MS);
  const dow = (local.getUTCDay() + 6) % 7;
  return (dayCurve[local.getUTCHours()] ?? 1) * (weekCurve[dow] ?? 1);
}

const meanCurve = (() => {
  let sum = 0;
  for (let h = 0; h < 168; h++) sum += seasonalMean(seriesStart + h * HOUR_MS);
  return sum / 168;
})();

export function syntheticStream(spec: StreamSpec): Bucket[] {
  const r = seededRandom(spec.seed);
  const drift = wanderingLevel(r, spec.hours);
  return Array.from({ length: spec.hours }, (_, h) => {
    const at = seriesStart + h * HOUR_MS;
    const b = spec.burst ? burstMultiplier(spec.burst.kind, h - spec.burst.onset) : 1;
    const mean = (spec.perHour * seasonalMean(at) * (drift[h] ?? 1) * b) / meanCurve;
    return { at, value: negativeBinomial(r, mean, spec.size) };
  });
}

/** A level that wanders by about ±10 % over days (a mean-reverting walk on the log scale, one step a day, interpolated). */
function wanderingLevel(r: Random, hours: number): number[] {
  const days = Math.ceil(hours / 24) + 1;
  const logs = [0];
  for (let d = 1; d <= days; d++) logs.push(0.8 * (logs[d - 1] ?? 0) + 0.06 * normal(r));
  return Array.from({ length: hours }, (_, h) => {
    const d = Math.floor(h / 24);
    const f = (h % 24) / 24;
    return Math.exp((logs[d] ?? 0) * (1 - f) + (logs[d + 1] ?? 0) * f);
  });
}
