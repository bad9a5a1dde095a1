/**
 * Pipeline throughput against its floor, in one run over the same texts. The floor is what no pipeline can skip:
 * bare jieba segmentation (the shared instance) plus one scan of the workspace's 1,000 topics (the multi-topic
 * matcher: one automaton pass, then the anchored topics evaluated). The drain is intake → inbox → every stage →
 * stored, matched and indexed, on a fresh SQLite file whose workspace has those 1,000 topics active. Posts and
 * articles are measured apart; the template flood checks that one template with other facts stays linear.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import type { IncomingItem } from '../domain/incoming-item.js';
import { acceptItems } from '../intake/accept.js';
import { silentLogger } from '../log/logger.js';
import { compileTopics } from '../match/matcher.js';
import { sharedJieba } from '../nlp/segment/jieba.js';
import { connect } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { openWorkerDatabase } from '../store/open.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import type { AfterStoreStep } from './after-store.js';
import type { AnalysisRunner } from './analysis-runner.js';
import { benchWorkload, templateFlood } from './bench-workload.js';
import { createAnalysisPool } from './threads/pool.js';
import { analysisThreadCount } from './threads/thread-count.js';
import { warmUpStages } from './warm-up.js';
import { drainOnce } from './worker.js';

export interface KindFigures {
  items: number;
  /** Bare segmentation plus the topic scan, items/s (median of three rounds after a warm-up). */
  floorItemsPerSec: number;
  segmentItemsPerSec: number;
  matchItemsPerSec: number;
  intakeItemsPerSec: number;
  drainItemsPerSec: number;
  /** drain / floor. */
  ratio: number;
  /** Mentions stored; fewer than `items` only when intake found two items with one dedupe key. */
  stored: number;
}

export interface PipelineBench {
  topics: number;
  batchSize: number;
  /** Analysis threads of the drains (0: inline). */
  analysisThreads: number;
  posts: KindFigures;
  /** The posts drained again without the steps after a stored batch, and the rate with them over the rate without. */
  postsWithoutAfterStoreSteps: { drainItemsPerSec: number; ratio: number; withStepsOverWithout: number };
  articles: KindFigures;
  templateFlood: { items: number; drainItemsPerSec: number };
  /** The process's peak resident set, MB, after each part (it only grows). */
  peakRssMb: { posts: number; articles: number; templateFlood: number };
}

export interface PipelineBenchOptions {
  /** Posts; articles are a fifth of that and the template flood two fifths. */
  items?: number;
}

export async function benchPipeline(config: Config, { items = 5000 }: PipelineBenchOptions = {}): Promise<PipelineBench> {
  const { topics, posts, articles } = benchWorkload({ posts: items, articles: Math.max(1, Math.round(items / 5)) });
  warmUpStages();
  // One pool for every drain, as a running worker keeps one: starting threads and loading their models is not draining.
  const threads = analysisThreadCount(config.analysisThreads, 'worker');
  const analysis = threads > 0 ? createAnalysisPool({ threads, logger: silentLogger }) : undefined;
  try {
    await analysis?.ready();
    const run = { config, threads, ...(analysis ? { analysis } : {}) };
    const floodItems = Math.max(1, Math.round((items * 2) / 5));
    const postFigures = await measureKind(run, topics, posts);
    const rssPosts = peakRssMb();
    // The same posts without the steps after a stored batch (events, rollups, burst signals): what those steps cost.
    const bare = await drain({ ...run, afterStoreSteps: [] }, topics, posts);
    const articleFigures = await measureKind(run, topics, articles);
    const rssArticles = peakRssMb();
    const flood = await drain(run, [], templateFlood(floodItems));
    return {
      topics: topics.length,
      batchSize: config.workerBatchSize,
      analysisThreads: threads,
      posts: postFigures,
      postsWithoutAfterStoreSteps: {
        drainItemsPerSec: bare.drainItemsPerSec,
        ratio: Math.round((bare.drainItemsPerSec / postFigures.floorItemsPerSec) * 1000) / 1000,
        withStepsOverWithout: Math.round((postFigures.drainItemsPerSec / bare.drainItemsPerSec) * 1000) / 1000,
      },
      articles: articleFigures,
      templateFlood: { items: floodItems, drainItemsPerSec: flood.drainItemsPerSec },
      peakRssMb: { posts: rssPosts, articles: rssArticles, templateFlood: peakRssMb() },
    };
  } finally {
    await analysis?.close();
  }
}

/** How the bench drains: the configuration, and the analysis pool kept across drains (none: inline). */
interface DrainRun {
  config: Config;
  threads: number;
  analysis?: AnalysisRunner;
  /** The steps after a stored batch; the pipeline's own when absent. */
  afterStoreSteps?: readonly AfterStoreStep[];
}

function peakRssMb(): number {
  return Math.round(process.resourceUsage().maxRSS / 1024);
}

async function measureKind(run: DrainRun, topics: { id: number; query: string }[], items: IncomingItem[]): Promise<KindFigures> {
  const floor = measureFloor(topics, items);
  // A short drain first, on its own file: dictionaries, models and compiled code are loaded once per process, not per batch.
  await drain(run, topics, items.slice(0, 200));
  const drained = await drain(run, topics, items);
  return {
    items: items.length,
    ...floor,
    ...drained,
    ratio: Math.round((drained.drainItemsPerSec / floor.floorItemsPerSec) * 1000) / 1000,
  };
}

function measureFloor(
  topics: { id: number; query: string }[],
  items: IncomingItem[],
): { floorItemsPerSec: number; segmentItemsPerSec: number; matchItemsPerSec: number } {
  const jieba = sharedJieba();
  const matcher = compileTopics(topics);
  const texts = items.map((i) => (i.title ? `${i.title}\n${i.text}` : i.text));
  const docs = items.map((i) => ({ title: i.title ?? '', text: i.text, author: i.author ?? '', source: i.source }));
  let sink = 0;
  const segment = () => {
    for (const t of texts) sink += jieba.cut(t, true).length;
  };
  const match = () => {
    for (const d of docs) sink += matcher.match(d).length;
  };
  segment();
  match();
  const segSec = median3(segment);
  const matchSec = median3(match);
  if (sink === 0) throw new Error('the floor segmented nothing');
  const n = items.length;
  return {
    floorItemsPerSec: Math.round(n / (segSec + matchSec)),
    segmentItemsPerSec: Math.round(n / segSec),
    matchItemsPerSec: Math.round(n / matchSec),
  };
}

function median3(run: () => void): number {
  const secs: number[] = [];
  for (let r = 0; r < 3; r++) {
    const t0 = performance.now();
    run();
    secs.push((performance.now() - t0) / 1000);
  }
  return secs.sort((a, b) => a - b)[1] ?? 0;
}

/**
 * Fresh SQLite file, topics stored and active, items accepted in batches of 500, then drained on a worker connection
 * of its own (the pool's threads already warm).
 */
export async function drain(
  { config, threads, analysis, afterStoreSteps }: DrainRun,
  topics: { id: number; query: string }[],
  items: IncomingItem[],
): Promise<{ intakeItemsPerSec: number; drainItemsPerSec: number; stored: number }> {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-bench-'));
  const url = `sqlite:${join(dir, 'bench.db')}`;
  const db = connect({ url, sqliteSynchronous: config.sqliteSynchronous });
  try {
    await migrateToLatest(db);
    const now = Date.now();
    const ws = await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now });
    for (let i = 0; i < topics.length; i += 200) {
      const part = topics.slice(i, i + 200);
      await db.kysely
        .insertInto('topics')
        .values(
          part.map((t) => ({
            workspace_id: ws.id,
            name: `方案${t.id}`,
            query: t.query,
            active: 1,
            created_by: null,
            created_at: now,
            updated_at: now,
          })),
        )
        .execute();
    }
    const started = performance.now();
    let accepted = 0;
    for (let start = 0; start < items.length; start += 500) {
      const batch = items.slice(start, start + 500).map((raw, i) => ({ ref: start + i, raw }));
      const res = await acceptItems(db, { workspaceId: ws.id, origin: 'bench', items: batch });
      if (res.rejected.length > 0) throw new Error(`bench item rejected: ${JSON.stringify(res.rejected[0])}`);
      accepted += res.accepted;
    }
    const intakeSec = (performance.now() - started) / 1000;
    // The worker's own connection, as `bin/yuqing worker` and the pipeline thread of `serve` open one.
    const workerDb = openWorkerDatabase({ ...config, databaseUrl: url });
    try {
      const drainStart = performance.now();
      const stored = await drainOnce({
        db: workerDb,
        config,
        logger: silentLogger,
        threads,
        ...(analysis ? { analysis } : {}),
        ...(afterStoreSteps ? { afterStoreSteps } : {}),
      });
      const drainSec = (performance.now() - drainStart) / 1000;
      return { stored, intakeItemsPerSec: Math.round(accepted / intakeSec), drainItemsPerSec: Math.round(accepted / drainSec) };
    } finally {
      await workerDb.close();
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}
