/**
 * Dashboard latency on SQLite and PostgreSQL: `mentions` stored mentions over 90 days (channels, sentiments, 50
 * sources, Zipf-distributed authors and keywords, provinces and countries, 8 topics, 0–2 per mention) are stored with
 * multi-row inserts and counted into the rollups as they are built, but for the newest 20,000 that `recordRollups`
 * counts (timed: the after-store step's and the migration's path), then every dashboard query is run for a mix
 * of periods (a day, a week, 30 and 90 days) and topic sets (none, one, three), p50/p95 per query. For comparison the
 * same volume and top-keyword answers are computed once per period by plain GROUP BY over `mentions` and `mention_tags`.
 * PostgreSQL runs in a scratch schema on the test server (config `testPostgresUrl`), dropped after.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { sql } from 'kysely';
import type { Config } from '../../config/index.js';
import { seededRandom } from '../../domain/random.js';
import { PROVINCES } from '../../nlp/regions/provinces.js';
import { connect, type Db } from '../dialect.js';
import { migrateToLatest } from '../migrate.js';
import { type DashboardScope, dashboardQueries } from './dashboard.js';
import { addRollups, DAY, HOUR, type RollupFacts, recordRollups, withRollups } from './dashboard-rollups.js';
import { scratchPostgresSchema } from './search-bench.js';

const START = Date.UTC(2026, 0, 1);
const SPAN = 90 * DAY;
const CHANNELS = ['news', 'social', 'forum', 'video', 'blog'];
const SENTIMENTS = ['negative', 'negative', 'neutral', 'neutral', 'neutral', 'positive', 'positive'];

interface Figures {
  p50Ms: number;
  p95Ms: number;
}

export interface BackendDashboardFigures {
  buildSeconds: number;
  /** Mentions/s `recordRollups` counts (the pipeline's after-store step and the migration's backfill), on the newest 20,000. */
  backfillPerSecond: number;
  rollupRows: number;
  queries: Record<string, Figures>;
  /** Plain GROUP BY over mentions (volume) and mention_tags (keywords), ms per period, one run each. */
  plainGroupByMs: Record<string, { volume: number; keywords: number }>;
}

export interface DashboardBench {
  mentions: number;
  sqlite: BackendDashboardFigures;
  postgres: BackendDashboardFigures | { skipped: string };
}

/** A Zipf-like pick in [0, n): small indexes much more often. */
const zipf = (r: () => number, n: number) => Math.min(n - 1, Math.floor(n ** r() - 1));

/** The newest mentions the build leaves uncounted, for `recordRollups` to count (its rate is the backfill's). */
const UNCOUNTED = 20_000;
/** Mentions whose rollup counts the build sums before writing them. */
const ROLL_EVERY = 25_000;

export async function build(db: Db, mentions: number): Promise<{ ws: number; topics: number[]; seconds: number }> {
  const k = db.kysely;
  const t0 = performance.now();
  const ws = Number(
    (await k.insertInto('workspaces').values({ slug: 'bench', name: 'bench', created_at: 0 }).returning('id').executeTakeFirstOrThrow()).id,
  );
  const sources = await k
    .insertInto('sources')
    .values(
      Array.from({ length: 50 }, (_, i) => ({
        workspace_id: ws,
        key: `s${i}`,
        name: `来源${i}`,
        kind: 'api',
        config: '{}',
        active: 1,
        created_at: 0,
      })),
    )
    .returning('id')
    .execute();
  const topics = await k
    .insertInto('topics')
    .values(
      Array.from({ length: 8 }, (_, i) => ({
        workspace_id: ws,
        name: `topic${i}`,
        query: `t${i}`,
        active: 1,
        created_at: 0,
        updated_at: 0,
      })),
    )
    .returning('id')
    .execute();
  const topicIds = topics.map((t) => Number(t.id));
  const rand = seededRandom(20261202);
  const r = rand.next;
  let facts: RollupFacts[] = [];
  await k.transaction().execute(async (trx) => {
    for (let from = 0; from < mentions; from += 1000) {
      const rows = [];
      const n = Math.min(mentions, from + 1000) - from;
      for (let i = 0; i < n; i++) {
        const at = START + Math.floor(((from + i) / mentions) * SPAN);
        rows.push({
          workspace_id: ws,
          source_id: Number(sources[zipf(r, sources.length)]!.id),
          inbox_id: from + i + 1,
          dedupe_key: `b${from + i}`,
          title: '',
          text: '',
          author: `作者${zipf(r, 20_000)}`,
          collected_at: at,
          sort_at: at,
          channel: CHANNELS[zipf(r, CHANNELS.length)]!,
          sentiment_label: SENTIMENTS[Math.floor(r() * SENTIMENTS.length)]!,
          reach: Math.floor(r() * 1000),
          // The build counts them itself (below), all but the newest.
          rolled_up: from + i < mentions - UNCOUNTED ? 1 : 0,
        });
      }
      const ids = (await withRollups(trx).insertInto('mentions').values(rows).returning('id').execute()).map((m) => Number(m.id));
      const tags: { workspace_id: number; mention_id: number; kind: string; value: string }[] = [];
      const matched: { workspace_id: number; mention_id: number; topic_id: number; matched_at: number }[] = [];
      for (const [index, id] of ids.entries()) {
        const first = tags.length;
        const words = new Set<string>();
        while (words.size < 5) words.add(`词${zipf(r, 3000)}`);
        for (const w of words) tags.push({ workspace_id: ws, mention_id: id, kind: 'keyword', value: w });
        const roll = r();
        if (roll < 0.6) tags.push({ workspace_id: ws, mention_id: id, kind: 'region', value: PROVINCES[zipf(r, PROVINCES.length)]!.name });
        else if (roll < 0.7)
          tags.push({ workspace_id: ws, mention_id: id, kind: 'region', value: `国家:${['美国', '日本', '英国', '德国'][zipf(r, 4)]}` });
        const t = new Set<number>();
        if (r() < 0.6) t.add(topicIds[zipf(r, topicIds.length)]!);
        if (r() < 0.3) t.add(topicIds[zipf(r, topicIds.length)]!);
        for (const topic of t) matched.push({ workspace_id: ws, mention_id: id, topic_id: topic, matched_at: 0 });
        const row = rows[index];
        if (row && row.rolled_up === 1)
          facts.push({
            sortAt: row.sort_at,
            sentiment: row.sentiment_label,
            channel: row.channel,
            sourceId: row.source_id,
            author: row.author,
            topicIds: [...t],
            tags: tags.slice(first),
          });
      }
      if (facts.length >= ROLL_EVERY || from + 1000 >= mentions) {
        await addRollups(trx, ws, facts);
        facts = [];
      }
      for (let j = 0; j < tags.length; j += 2000)
        await trx
          .insertInto('mention_tags')
          .values(tags.slice(j, j + 2000))
          .execute();
      if (matched.length > 0) await trx.insertInto('mention_topics').values(matched).execute();
    }
  });
  return { ws, topics: topicIds, seconds: secondsSince(t0) };
}

const secondsSince = (t0: number) => Math.round((performance.now() - t0) / 100) / 10;

const pct = (times: number[], p: number) => {
  const sorted = [...times].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(p * sorted.length))]! * 10) / 10;
};

export function periods(): Record<string, { from: number; to: number }> {
  // Ends mid-hour, as a desk's "now" does.
  const end = START + SPAN - 7 * HOUR - 17 * 60_000;
  return {
    day: { from: end - DAY, to: end },
    week: { from: end - 7 * DAY, to: end },
    '30d': { from: end - 30 * DAY, to: end },
    '90d': { from: START, to: START + SPAN },
  };
}

async function measure(
  db: Db,
  ws: number,
  topics: number[],
  rounds: number,
): Promise<Pick<BackendDashboardFigures, 'queries' | 'plainGroupByMs'>> {
  const q = db.kysely;
  const times: Record<string, number[]> = {};
  const run = async (name: string, fn: () => Promise<unknown>, counted: boolean) => {
    const t0 = performance.now();
    await fn();
    if (!counted) return;
    const list = times[name] ?? [];
    list.push(performance.now() - t0);
    times[name] = list;
  };
  const topicSets = [[], [topics[0]!], topics.slice(0, 3)];
  for (let round = 0; round < rounds; round++) {
    const counted = round > 0 || rounds === 1;
    for (const p of Object.values(periods()))
      for (const set of topicSets) {
        const s: DashboardScope = { workspaceId: ws, from: p.from, to: p.to, topicIds: set };
        await run('volume', () => dashboardQueries.volume(q, s), counted);
        await run('shareOfVoice', () => dashboardQueries.perTopic(q, s, topics.slice(0, 3)), counted);
        await run('tops', () => dashboardQueries.tops(q, s, { keyword: 80, source: 20, author: 20, province: 40, country: 40 }), counted);
        await run('highRisk', () => dashboardQueries.highRisk(q, s, 10), counted);
      }
  }
  const queries: Record<string, Figures> = {};
  for (const [name, t] of Object.entries(times)) queries[name] = { p50Ms: pct(t, 0.5), p95Ms: pct(t, 0.95) };
  const plainGroupByMs: BackendDashboardFigures['plainGroupByMs'] = {};
  for (const [name, p] of Object.entries(periods())) {
    const t0 = performance.now();
    await sql`SELECT (sort_at / ${HOUR}) AS h, channel, sentiment_label, count(*) AS n FROM mentions
      WHERE workspace_id = ${ws} AND sort_at >= ${p.from} AND sort_at < ${p.to} GROUP BY 1, 2, 3`.execute(q);
    const t1 = performance.now();
    await sql`SELECT t.value, count(*) AS n FROM mentions m JOIN mention_tags t ON t.mention_id = m.id AND t.kind = 'keyword'
      WHERE m.workspace_id = ${ws} AND m.sort_at >= ${p.from} AND m.sort_at < ${p.to} GROUP BY t.value ORDER BY n DESC LIMIT 80`.execute(q);
    plainGroupByMs[name] = { volume: Math.round(t1 - t0), keywords: Math.round(performance.now() - t1) };
  }
  return { queries, plainGroupByMs };
}

export async function runOn(db: Db, mentions: number, rounds: number, analyze?: () => Promise<void>): Promise<BackendDashboardFigures> {
  await migrateToLatest(db);
  const built = await build(db, mentions);
  const t0 = performance.now();
  const counted = await recordRollups(db.kysely, [built.ws]);
  const backfillPerSecond = Math.round(counted / ((performance.now() - t0) / 1000));
  await analyze?.();
  const { rows } = await sql<{ n: number }>`SELECT count(*) AS n FROM dashboard_rollups`.execute(db.kysely);
  return {
    buildSeconds: built.seconds,
    backfillPerSecond,
    rollupRows: Number(rows[0]?.n ?? 0),
    ...(await measure(db, built.ws, built.topics, rounds)),
  };
}

export async function benchDashboard(config: Config, { mentions = 1_000_000, rounds = 4 } = {}): Promise<DashboardBench> {
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-dashboard-bench-'));
  let sqlite: BackendDashboardFigures;
  const lite = connect({ url: `sqlite:${join(dir, 'bench.db')}`, sqliteSynchronous: 'NORMAL' });
  try {
    sqlite = await runOn(lite, mentions, rounds, async () => {
      await sql.raw('ANALYZE').execute(lite.kysely);
    });
  } finally {
    await lite.close();
    rmSync(dir, { recursive: true, force: true });
  }
  let scratch: Awaited<ReturnType<typeof scratchPostgresSchema>>;
  try {
    scratch = await scratchPostgresSchema(config.testPostgresUrl, 'yq_dash_bench');
  } catch (err) {
    return { mentions, sqlite, postgres: { skipped: `PostgreSQL did not answer: ${(err as Error).message}` } };
  }
  try {
    return {
      mentions,
      sqlite,
      postgres: await runOn(scratch.db, mentions, rounds, async () => {
        // Only this schema's tables: a bare ANALYZE would wait on every schema of the server.
        await sql.raw('ANALYZE mentions, mention_tags, mention_topics, dashboard_rollups').execute(scratch.db.kysely);
      }),
    };
  } finally {
    await scratch.drop();
  }
}
