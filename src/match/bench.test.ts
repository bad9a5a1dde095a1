import { describe, expect, it } from 'vitest';
import { benchMatching } from './bench.js';
import { makeWorkload } from './workload.js';

describe('benchMatching', () => {
  it('returns throughput figures for 10 and 10,000 topics (a smoke test; the figures come from bin/yuqing bench)', () => {
    const r = benchMatching({ items: 200, rounds: 1 });
    expect(Object.keys(r)).toEqual([
      'itemsPerSec10Topics',
      'itemsPerSec10kTopics',
      'ratio',
      'compileMs10kTopics',
      'matchesPerItem10kTopics',
    ]);
    expect(r.itemsPerSec10Topics).toBeGreaterThan(0);
    expect(r.itemsPerSec10kTopics).toBeGreaterThan(0);
    expect(r.matchesPerItem10kTopics).toBeGreaterThan(0.3);
  });

  it('generates the same workload for the same seed', () => {
    expect(makeWorkload({ topics: 50, items: 5, seed: 3 })).toEqual(makeWorkload({ topics: 50, items: 5, seed: 3 }));
  });
});
