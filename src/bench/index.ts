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
import { benchWorkers } from '../pipeline/workers-bench.js';
import { benchFreshness } from '../scheduler/bench.js';
import { benchSearch } from '../search/bench.js';
import { benchServer } from '../server/bench.js';

export interface Benchmark {
  name: string;
  doc: string;
  run(config: Config): Promise<object> | object;
}

export const benchmarks: Benchmark[] = [
  { name: 'pipeline', doc: 'intake into the inbox and draining into mentions, SQLite, items/s', run: (c) => benchPipeline(c) },
  { name: 'matching', doc: 'live topic matching with 10 and 10,000 topics, items/s', run: () => benchMatching() },
  { name: 'search', doc: 'search latency p50/p95, 20 queries over 1,000,000 stored mentions, SQLite', run: () => benchSearch() },
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
  {
    name: 'server',
    doc: 'serve with 200,000 items queued, SQLite: time to listen, then /healthz and the mentions API p50/p99/max at 20 req/s each for 60 s while the backlog drains',
    run: (c) => benchServer(c),
  },
  {
    name: 'workers',
    doc: 'PostgreSQL (YUQING_TEST_PG_URL): 1, 2 and 4 worker processes over one inbox of 20,000 varied posts, items/s and the 2-worker/1-worker ratio',
    run: (c) => benchWorkers(c),
  },
];
