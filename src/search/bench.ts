/**
 * Search latency on SQLite and on PostgreSQL: first pages of a query mix over `mentions` stored mentions, each
 * answered as the API does (bounded sample for the total and facets, the page, families, snippets), reported per
 * query class — broad (one common word matching about half the corpus, some with a filter or by reach), brand
 * (the workload's topic queries) and other (phrases, NEAR, wildcards, filters, no query) — as p50/p95 wall time
 * and this process's CPU time, with the load. Mentions come from a pool of 100,000 generated mixed Chinese/English
 * items spread over 90 days, bulk-loaded in one transaction (`store/queries/search-bench.ts`). PostgreSQL runs in
 * its own schema on the test server (config `testPostgresUrl`), dropped after. With config `benchCacheDir` set the
 * seeded SQLite file and a PostgreSQL schema named by the size are kept and reused (`buildSeconds`: the seed's).
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { draftFixture } from '../domain/testkit/draft.js';
import { draftFacts } from '../match/mention-document.js';
import { makeWorkload } from '../match/workload.js';
import { connect, type Db } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { mentionRowOf } from '../store/queries/mentions-write.js';
import type { SearchFilters } from '../store/queries/search.js';
import {
  type BenchMention,
  type BenchSchema,
  benchPostgresSchema,
  bulkLoad,
  dropPostgresSchema,
  seededSize,
} from '../store/queries/search-bench.js';
import { sourceQueries } from '../store/queries/sources.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import { highlighterOf, markHtml, snippetHtml } from './highlight.js';
import { searchPage } from './page.js';
import type { SearchSort } from './search.js';

type QueryClass = 'broad' | 'brand' | 'other';

interface BenchQuery {
  cls: QueryClass;
  q: string;
  filters?: SearchFilters;
  sort?: SearchSort;
}

interface ClassFigures {
  queries: number;
  p50Ms: number;
  p95Ms: number;
  /**
   * CPU time of this process per query (user + system): on SQLite all the work, on PostgreSQL only the client's
   * share. Wall time on a loaded machine mostly measures the wait for a core; this does not.
   */
  cpuP50Ms: number;
  cpuP95Ms: number;
}

export interface BackendFigures {
  buildSeconds: number;
  p50Ms: number;
  p95Ms: number;
  classes: Record<QueryClass, ClassFigures>;
  /** Average rows fetched and checked against the query, and average totals (capped ones count as given). */
  avgChecked: number;
  cappedShare: number;
  /** The machine's 1-minute load average before and after the measured queries. */
  load: [number, number];
}

export interface SearchBench {
  mentions: number;
  sqlite: BackendFigures;
  postgres: BackendFigures | { skipped: string };
}

const DAY = 86_400_000;
const START = Date.UTC(2026, 0, 1);

function queryMix(topics: readonly { query: string }[]): BenchQuery[] {
  const lastWeek = { from: START + 83 * DAY };
  return [
    { cls: 'broad', q: '投诉' },
    { cls: 'broad', q: '用户' },
    { cls: 'broad', q: 'recall*' },
    { cls: 'broad', q: '质量', filters: { channel: 'news' } },
    { cls: 'broad', q: '投诉', sort: 'reach' },
    ...topics.slice(0, 16).map((t) => ({ cls: 'brand' as const, q: t.query })),
    { cls: 'other', q: '"手机 电池"' },
    { cls: 'other', q: '"屏幕 断裂"' },
    { cls: 'other', q: '退款 NEAR/5 客服' },
    { cls: 'other', q: 'complain*', filters: lastWeek },
    { cls: 'other', q: 'lawsuit', filters: { channel: 'forum' } },
    { cls: 'other', q: '', filters: { channel: 'forum' } },
  ];
}

type Docs = ReturnType<typeof makeWorkload>['docs'];

/** The bench's mentions in id order, in batches: documents of the pool in a fixed stride, spread over 90 days. */
function* mentionBatches(ws: number, sourceId: number, mentions: number, docs: Docs): Iterable<BenchMention[]> {
  for (let from = 0; from < mentions; from += SEED_BATCH) {
    const batch: BenchMention[] = [];
    for (let i = from; i < Math.min(mentions, from + SEED_BATCH); i++) {
      const d = docs[(i * 7919) % docs.length]!;
      const draft = draftFixture({
        workspaceId: ws,
        inboxId: i + 1,
        dedupeKey: `b${i}`,
        sourceKey: 'bench',
        title: d.title ?? '',
        text: d.text ?? '',
        author: d.author ?? null,
        channel: ['news', 'social', 'forum'][i % 3]!,
        likes: i % 500,
        collectedAt: START + Math.floor((i / mentions) * 90 * DAY),
      });
      batch.push({
        row: { id: i + 1, ...mentionRowOf(draft, sourceId) },
        index: { mentionId: i + 1, workspaceId: ws, facts: draftFacts(draft) },
      });
    }
    yield batch;
  }
}

const SEED_BATCH = 5000;

/** The bench workspace, seeded now (into an empty database) or kept from an earlier run of the same size. */
async function build(db: Db, mentions: number, docs: Docs): Promise<{ ws: number; seconds: number; reused: boolean }> {
  const seeded = await seededSize(db);
  if (seeded && seeded.mentions === mentions) {
    const ws = await db.kysely.selectFrom('workspaces').select('id').where('slug', '=', 'bench').executeTakeFirstOrThrow();
    return { ws: Number(ws.id), seconds: seeded.seconds, reused: true };
  }
  const ws = (await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now: 0 })).id;
  const source = await sourceQueries.create(db.kysely, { workspaceId: ws, key: 'bench', name: 'bench', kind: 'api', now: 0 });
  const seconds = await bulkLoad(db, mentions, () => mentionBatches(ws, source.id, mentions, docs));
  return { ws, seconds, reused: false };
}

const pct = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
};

async function measure(db: Db, ws: number, queries: BenchQuery[], rounds: number, buildSeconds: number): Promise<BackendFigures> {
  const loadBefore = Math.round(loadavg()[0]! * 10) / 10;
  const times: Record<QueryClass, number[]> = { broad: [], brand: [], other: [] };
  const cpu: Record<QueryClass, number[]> = { broad: [], brand: [], other: [] };
  let checked = 0;
  let capped = 0;
  let n = 0;
  for (let r = 0; r < rounds; r++) {
    for (const b of queries) {
      const t0 = performance.now();
      const c0 = process.cpuUsage();
      const page = await searchPage(db.kysely, ws, {
        query: b.q,
        filters: b.filters ?? {},
        sort: b.sort ?? 'time',
        after: null,
        limit: 20,
        count: 'capped',
        fold: true,
      });
      const hl = highlighterOf(page.tree);
      for (const row of page.rows) {
        markHtml(row.title, hl.spans('title', row.title));
        snippetHtml(row.text, hl.spans('text', row.text));
      }
      // The first round warms caches and is not counted.
      if (r === 0 && rounds > 1) continue;
      times[b.cls].push(performance.now() - t0);
      const c = process.cpuUsage(c0);
      cpu[b.cls].push((c.user + c.system) / 1000);
      checked += page.checked;
      capped += page.totalCapped ? 1 : 0;
      n++;
    }
  }
  const all = [...times.broad, ...times.brand, ...times.other];
  const cls = (c: QueryClass): ClassFigures => ({
    queries: times[c].length,
    p50Ms: pct(times[c], 0.5),
    p95Ms: pct(times[c], 0.95),
    cpuP50Ms: pct(cpu[c], 0.5),
    cpuP95Ms: pct(cpu[c], 0.95),
  });
  return {
    buildSeconds,
    p50Ms: pct(all, 0.5),
    p95Ms: pct(all, 0.95),
    classes: { broad: cls('broad'), brand: cls('brand'), other: cls('other') },
    avgChecked: Math.round(checked / n),
    cappedShare: Math.round((capped / n) * 100) / 100,
    load: [loadBefore, Math.round(loadavg()[0]! * 10) / 10],
  };
}

export async function benchSearch(config: Config, { mentions = 1_000_000, rounds = 4 } = {}): Promise<SearchBench> {
  const { topics, docs } = makeWorkload({ topics: 2000, items: Math.min(mentions, 100_000), seed: 20260404 });
  const queries = queryMix(topics);
  const cache = config.benchCacheDir;

  let sqliteFigures: BackendFigures;
  if (cache) mkdirSync(cache, { recursive: true });
  const dir = cache || mkdtempSync(join(tmpdir(), 'yuqing-search-bench-'));
  const file = join(dir, `search-${mentions}.db`);
  // A kept file whose seed did not finish is made again.
  if (cache && existsSync(file)) {
    const probe = connect({ url: `sqlite:${file}` });
    const ok = (await seededSize(probe))?.mentions === mentions;
    await probe.close();
    if (!ok) for (const f of [file, `${file}-wal`, `${file}-shm`]) rmSync(f, { force: true });
  }
  const lite = connect({ url: `sqlite:${file}`, sqliteSynchronous: 'NORMAL' });
  try {
    await migrateToLatest(lite);
    const built = await build(lite, mentions, docs);
    sqliteFigures = await measure(lite, built.ws, queries, rounds, built.seconds);
  } finally {
    await lite.close();
    if (!cache) rmSync(dir, { recursive: true, force: true });
  }

  const keep = cache ? `yq_bench_search_${mentions}` : undefined;
  let scratch: BenchSchema;
  try {
    scratch = await benchPostgresSchema(config.testPostgresUrl, 'yq_bench', keep);
  } catch (err) {
    return { mentions, sqlite: sqliteFigures, postgres: { skipped: `PostgreSQL did not answer: ${(err as Error).message}` } };
  }
  try {
    if (keep && !scratch.fresh && (await seededSize(scratch.db))?.mentions !== mentions) {
      await scratch.release();
      await dropPostgresSchema(config.testPostgresUrl, keep);
      scratch = await benchPostgresSchema(config.testPostgresUrl, 'yq_bench', keep);
    }
    await migrateToLatest(scratch.db);
    const built = await build(scratch.db, mentions, docs);
    if (!built.reused) await scratch.analyze();
    return { mentions, sqlite: sqliteFigures, postgres: await measure(scratch.db, built.ws, queries, rounds, built.seconds) };
  } finally {
    await scratch.release();
  }
}
