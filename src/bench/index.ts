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
import { benchEvents } from '../pipeline/events-bench.js';
import { benchWorkers } from '../pipeline/workers-bench.js';
import { benchFreshness } from '../scheduler/bench.js';
import { benchSearch } from '../search/bench.js';
import { benchServer } from '../server/bench.js';
import { benchBursts } from '../signals/bench.js';
import { benchDashboard } from '../store/queries/dashboard-bench.js';
import { measureForecast } from './forecast.js';

/** What `bin/yuqing bench` passes on: `--size` for benchmarks that build their data (each has its own default). */
export interface BenchOptions {
  size?: number;
}

export interface Benchmark {
  name: string;
  doc: string;
  run(config: Config, options: BenchOptions): Promise<object> | object;
}

export const benchmarks: Benchmark[] = [
  {
    name: 'pipeline',
    doc: 'floor (jieba + a 1,000-topic scan) and the drain into mentions (SQLite, every stage, 1,000 topics) for posts and articles, items/s, ratio, peak RSS, and the posts again without the steps after a stored batch; --size posts (default 5,000)',
    run: (c, o) => benchPipeline(c, o.size === undefined ? {} : { items: o.size }),
  },
  {
    name: 'events',
    doc: 'event clustering: B-cubed on the labelled set; assignBatch and the periodic pass, items/s (CPU time)',
    run: () => benchEvents(),
  },
  { name: 'matching', doc: 'live topic matching with 10 and 10,000 topics, items/s', run: () => benchMatching() },
  {
    name: 'search',
    doc: 'search first-page latency p50/p95 per query class (broad, brand, other) over 1,000,000 stored mentions (--size), SQLite and PostgreSQL',
    run: (c, o) => benchSearch(c, o.size === undefined ? {} : { mentions: o.size }),
  },
  {
    name: 'dashboard',
    doc: 'dashboard aggregations p50/p95 per query (volume, share of voice, top keywords/sources/authors/provinces/countries, high-risk) over 1,000,000 mentions (--size) from the rollups, the rollup backfill time, plain GROUP BY for comparison; SQLite and PostgreSQL',
    run: (c, o) => benchDashboard(c, o.size === undefined ? {} : { mentions: o.size }),
  },
  {
    name: 'sentiment',
    doc: 'sentiment cold load in a fresh process (import, weights, jieba, first call) and short posts/s',
    run: () => benchSentiment(),
  },
  {
    name: 'bursts',
    doc: 'burst detector: false alarms per series-week, bursts found and delay (synthetic and desk-shaped series), buckets/s',
    run: () => benchBursts(),
  },
  {
    name: 'forecast',
    doc: 'next-24-hour event forecast: WAPE of the 24-hour totals against the naive forecast, on the demo crisis and on each story of the labelled set',
    run: () => measureForecast(),
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
    doc: 'PostgreSQL (YUQING_TEST_PG_URL): 1, 2 and 4 worker processes (each twice, 1 2 4 4 2 1) over one inbox of 10,000 varied posts, items/s and the 2-worker/1-worker ratio',
    run: (c) => benchWorkers(c),
  },
];
