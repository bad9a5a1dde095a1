/**
 * The benchmarks `bin/yuqing bench` runs, each living beside the capability it measures.
 * Adding one is one line here.
 */
import type { Config } from '../config/index.js';
import { benchMatching } from '../match/bench.js';
import { benchSentiment } from '../nlp/sentiment/bench.js';
import { benchPipeline } from '../pipeline/bench.js';

export interface Benchmark {
  name: string;
  doc: string;
  run(config: Config): Promise<object> | object;
}

export const benchmarks: Benchmark[] = [
  { name: 'pipeline', doc: 'intake into the inbox and draining into mentions, SQLite, items/s', run: (c) => benchPipeline(c) },
  { name: 'matching', doc: 'live topic matching with 10 and 10,000 topics, items/s', run: () => benchMatching() },
  { name: 'sentiment', doc: 'sentiment model load time and short posts/s', run: () => benchSentiment() },
];
