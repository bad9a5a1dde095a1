/** When the demo's items happen: a volume curve over 72 simulated hours (first spread, a peak, the statement, the long tail). */
import type { Random } from '../domain/random.js';

export const HOUR_MS = 3_600_000;
export const scenarioSpanMs = 72 * HOUR_MS;

/** Relative volume per hour of the scenario. */
export function intensity(h: number): number {
  const rise = h < 2 ? 0.4 + h : 2.4;
  const peak = 10 * Math.exp(-(((h - 13) / 6) ** 2));
  const statement = 7 * Math.exp(-(((h - 28) / 3.5) ** 2));
  const tail = h > 30 ? 2.2 * Math.exp(-(h - 30) / 16) : 0;
  return Math.min(rise, 2.4) * 0.3 + peak + statement + tail + 0.25;
}

/** `n` offsets (ms) drawn from the curve, ascending, strictly inside (0, span). */
export function sampleOffsets(r: Random, n: number): number[] {
  const minutes = scenarioSpanMs / 60_000;
  const cdf: number[] = [];
  let total = 0;
  for (let m = 0; m < minutes; m++) {
    total += intensity(m / 60);
    cdf.push(total);
  }
  const out: number[] = [];
  for (let i = 0; i < n; i++) {
    const x = r.next() * total;
    let lo = 0;
    let hi = cdf.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if ((cdf[mid] ?? 0) < x) lo = mid + 1;
      else hi = mid;
    }
    out.push(Math.min(scenarioSpanMs - 1000, lo * 60_000 + 1000 + r.int(58_000)));
  }
  return out.sort((a, b) => a - b);
}
