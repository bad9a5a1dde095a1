/**
 * One topic's detector run over the hours it has not read (pure): feeds each closed hour's count (0 when absent) to
 * the detector from its saved state, and returns the new state and the spikes found. A decision at an hour uses only
 * that hour's count and earlier ones.
 */
import { type BurstState, createBurstDetector } from './detector.js';
import type { BurstOptions } from './options.js';

export const HOUR = 3_600_000;

/** The detector the stored signals come from: the defaults, with China's public holidays in the baseline. */
export const storedSignalOptions: Partial<BurstOptions> = { holidays: 'cn' };

export interface FoundSignal {
  at: number;
  score: number;
  windowMs: number;
  details: { count: number; expected: number; start: number; peakAt: number; peak: number; warmingUp: boolean };
}

export function runHours(
  saved: BurstState | undefined,
  from: number,
  to: number,
  counts: ReadonlyMap<number, number>,
): { state: BurstState; signals: FoundSignal[] } {
  const detector = createBurstDetector(storedSignalOptions);
  let state = saved ?? detector.initial(HOUR);
  const signals: FoundSignal[] = [];
  for (let at = from; at < to; at += HOUR) {
    const r = detector.step(state, { at, value: counts.get(at) ?? 0 });
    state = r.state;
    if (r.signal) {
      const s = r.signal;
      signals.push({
        at: s.at,
        score: Math.round(s.score * 100) / 100,
        windowMs: s.window * HOUR,
        details: {
          count: s.count,
          expected: Math.round(s.expected * 100) / 100,
          start: s.start,
          peakAt: s.peakAt,
          peak: s.peak,
          warmingUp: s.warmingUp,
        },
      });
    }
  }
  return { state, signals };
}
