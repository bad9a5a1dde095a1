/** Runs the detector over a whole series: every signal and every closed episode, for tests, the evaluation and the bench. */
import { type Bucket, type BurstEpisode, type BurstSignal, createBurstDetector } from './detector.js';
import type { BurstOptions } from './options.js';

export function detectSeries(
  buckets: Iterable<Bucket>,
  stepMs: number,
  options: Partial<BurstOptions> = {},
): { signals: BurstSignal[]; episodes: BurstEpisode[]; problems: { at: number; problem: string }[] } {
  const detector = createBurstDetector(options);
  let state = detector.initial(stepMs);
  const signals: BurstSignal[] = [];
  const episodes: BurstEpisode[] = [];
  const problems: { at: number; problem: string }[] = [];
  for (const b of buckets) {
    const r = detector.step(state, b);
    state = r.state;
    if (r.signal) signals.push(r.signal);
    if (r.ended) episodes.push(r.ended);
    if (r.problem) problems.push({ at: b.at, problem: r.problem });
  }
  return { signals, episodes, problems };
}
