/**
 * The benchmarks `bin/yuqing bench` runs, each living beside the capability it measures.
 * Adding one is one line here.
 */
import type { Config } from '../config/index.js';
import { benchMatching } from '../match/bench.js';
import { benchDuplicates } from '../nlp/duplicates/bench.js';
import { benchSentiment } from '../nlp/sentiment/bench.js';
import { benchEnrichment } from '../pipeline/analyze-bench.js';
import { benchPipeline } from '../pipeline/bench.js';
import { benchFreshness } from '../scheduler/bench.js';
import { benchSearch } from '../search/bench.js';

/** What `bin/yuqing bench` passes on: `--size` for benchmarks that build a corpus. */
export interface BenchOptions {
  size?: number;
}

export interface Benchmark {
  name: string;
  doc: string;
  run(config: Config, options: BenchOptions): Promise<object> | object;
}

export const benchmarks: Benchmark[] = [
  { name: 'pipeline', doc: 'intake into the inbox and draining into mentions, SQLite, items/s', run: (c) => benchPipeline(c) },
  { name: 'matching', doc: 'live topic matching with 10 and 10,000 topics, items/s', run: () => benchMatching() },
  {
    name: 'search',
    doc: 'search first-page latency p50/p95 per query class (broad, brand, other) over 1,000,000 stored mentions (--size), SQLite and PostgreSQL',
    run: (c, o) => benchSearch(c, o.size === undefined ? {} : { mentions: o.size }),
  },
  {
    name: 'sentiment',
    doc: 'sentiment cold load in a fresh process (import, weights, jieba, first call) and short posts/s',
    run: () => benchSentiment(),
  },
  { name: 'duplicates', doc: 'MinHash signatures/s and duplicate-index adds/s, short posts', run: () => benchDuplicates() },
  { name: 'enrichment', doc: 'text analysis of posts and articles, segmentation floor, items/s', run: () => benchEnrichment() },
  {
    name: 'freshness',
    doc: 'publication → visible mention latency p50/p95, local feed of one item per 20 s, interval set to 60 s and automatic, virtual clock',
    run: (c) => benchFreshness(c),
  },
];
