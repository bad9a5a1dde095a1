/**
 * Live-matching benchmark: items per second with 10 and with 10,000 topics over the same deterministic stream of
 * mixed Chinese/English items (medians over several rounds). Wired into `bin/yuqing bench`.
 */
import type { MatchDocument } from './document.js';
import { compileTopics, type TopicMatcher } from './matcher.js';
import { makeWorkload } from './workload.js';

export interface MatchingBench {
  itemsPerSec10Topics: number;
  itemsPerSec10kTopics: number;
  /** itemsPerSec10kTopics / itemsPerSec10Topics; the target is at least 0.5. */
  ratio: number;
  /** Time to compile the 10,000 topics, in milliseconds. */
  compileMs10kTopics: number;
  /** Average matches per item with 10,000 topics (a sanity check that the workload really matches). */
  matchesPerItem10kTopics: number;
}

export interface BenchOptions {
  items?: number;
  rounds?: number;
  seed?: number;
}

export function benchMatching({ items = 5000, rounds = 7, seed = 20260101 }: BenchOptions = {}): MatchingBench {
  const { topics, docs } = makeWorkload({ topics: 10_000, items, seed });

  const small = compileTopics(topics.slice(0, 10));
  const t0 = performance.now();
  const large = compileTopics(topics);
  const compileMs10kTopics = performance.now() - t0;

  let matches = 0;
  for (const d of docs) matches += large.match(d).length;
  // Each round feeds the items in slices, alternating between the two matchers, so load from other processes
  // hits both alike; round 0 warms up.
  const rates10: number[] = [];
  const rates10k: number[] = [];
  for (let r = 0; r <= rounds; r++) {
    const [a, b] = alternate(small, large, docs);
    if (r > 0) {
      rates10.push(a);
      rates10k.push(b);
    }
  }
  const itemsPerSec10Topics = median(rates10);
  const itemsPerSec10kTopics = median(rates10k);
  return {
    itemsPerSec10Topics: Math.round(itemsPerSec10Topics),
    itemsPerSec10kTopics: Math.round(itemsPerSec10kTopics),
    ratio: Math.round((itemsPerSec10kTopics / itemsPerSec10Topics) * 100) / 100,
    compileMs10kTopics: Math.round(compileMs10kTopics),
    matchesPerItem10kTopics: Math.round((matches / docs.length) * 100) / 100,
  };
}

/** Items per second of each matcher over all documents (folding included, as in the pipeline). */
function alternate(a: TopicMatcher<number>, b: TopicMatcher<number>, docs: MatchDocument[]): [number, number] {
  const slice = 250;
  let timeA = 0;
  let timeB = 0;
  for (let from = 0; from < docs.length; from += slice) {
    const part = docs.slice(from, from + slice);
    const t0 = performance.now();
    for (const d of part) a.match(d);
    const t1 = performance.now();
    for (const d of part) b.match(d);
    timeA += t1 - t0;
    timeB += performance.now() - t1;
  }
  return [docs.length / (timeA / 1000), docs.length / (timeB / 1000)];
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
