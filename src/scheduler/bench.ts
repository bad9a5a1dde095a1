/**
 * Freshness: publication → visible mention latency for a feed on 127.0.0.1 gaining one item every 20 s
 * (and, to show a set interval itself, one every 5 minutes),
 * collected by the real scheduler (leases, HTTP client, conditional GET, intake, adaptive interval) and
 * stored by the real pipeline into a fresh SQLite file, at the default settings with the interval set to
 * 60 s, and on automatic.
 *
 * The clock is virtual but honest about work: the scheduler, the feed and the latency all read one
 * injected clock; the idle time between scheduler polls (YUQING_COLLECT_POLL_MS, as in the real loop) is
 * skipped, while every fetch, intake and pipeline pass runs for real and its measured duration is added to
 * the clock. A mention counts as visible once the pipeline has committed it to the mentions table.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Config } from '../config/index.js';
import { seededRandom } from '../domain/random.js';
import { silentLogger } from '../log/logger.js';
import { createWorkspaceResources } from '../pipeline/resources.js';
import { drainOnce } from '../pipeline/worker.js';
import { connect } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { sourceQueries } from '../store/queries/sources.js';
import { workspaceQueries } from '../store/queries/workspaces.js';
import { createScheduler } from './scheduler.js';
import { startPublishingFeed } from './testkit/publishing-feed.js';

const EVERY_MS = 20_000;
const DURATION_MS = 2 * 3_600_000;
/** After publishing stops, how long the run goes on so the last items can surface. */
const TAIL_MS = 30 * 60_000;

interface Run {
  items: number;
  visible: number;
  p50Seconds: number;
  p95Seconds: number;
  maxSeconds: number;
  passes: number;
  notModified: number;
  finalIntervalSeconds: number | null;
}

export async function benchFreshness(config: Config): Promise<object> {
  const busy = { everyMs: EVERY_MS, durationMs: DURATION_MS };
  // One item every 5 minutes on average: too slow for a set interval to speed up, so this shows the 60 s itself.
  const slow = { everyMs: 5 * 60_000, durationMs: 8 * 3_600_000 };
  const set60 = {
    steady: await run(config, 60, 'steady', busy),
    poisson: await run(config, 60, 'poisson', busy),
    poissonEvery5Min: await run(config, 60, 'poisson', slow),
  };
  const automatic = {
    steady: await run(config, null, 'steady', busy),
    poisson: await run(config, null, 'poisson', busy),
    poissonEvery5Min: await run(config, null, 'poisson', slow),
  };
  return {
    clock:
      'virtual: idle waits between scheduler polls skipped; every fetch, intake and pipeline pass runs for real and its measured time is added',
    feed: `one item every ${EVERY_MS / 1000} s on average (steady: exactly; poisson: exponential gaps, seeded) for ${DURATION_MS / 3_600_000} h, or every 5 min on average for 8 h; newest 20 shown, ETag`,
    pollSeconds: config.collectPollMs / 1000,
    floorSeconds: config.collectMinIntervalSeconds,
    interval60: set60,
    automatic,
  };
}

async function run(
  base: Config,
  intervalSetting: number | null,
  arrivals: 'steady' | 'poisson',
  pace: { everyMs: number; durationMs: number },
): Promise<Run & { realSeconds: number }> {
  const { everyMs, durationMs } = pace;
  const realStart = performance.now();
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-fresh-'));
  const config: Config = { ...base, fetchAllowCidrs: [...base.fetchAllowCidrs, '127.0.0.1/32'], logLevel: 'silent' };
  const db = connect({ url: `sqlite:${join(dir, 'fresh.db')}`, sqliteSynchronous: config.sqliteSynchronous });
  const feed = await startPublishingFeed({ name: `bench-${arrivals}` });
  try {
    await migrateToLatest(db);
    const start = Date.UTC(2026, 10, 20, 0, 0, 0);
    let now = start - 10 * 60_000;
    const ws = await workspaceQueries.create(db.kysely, { slug: 'fresh', name: 'fresh', now });
    const source = await sourceQueries.create(db.kysely, {
      workspaceId: ws.id,
      key: 'bench-feed',
      name: 'bench feed',
      kind: 'feed',
      config: JSON.stringify({ url: feed.url }),
      intervalSetting,
      now,
    });
    // The worker loads its analysis resources once at start, as in `serve`; that is not part of any item's latency.
    const resources = createWorkspaceResources(db);
    const worker = { db, config, logger: silentLogger, workerId: 'bench', now: () => now, resources };
    await drainOnce(worker);
    const scheduler = createScheduler({
      db,
      config,
      logger: silentLogger,
      workerId: 'bench',
      now: () => now,
      random: seededRandom(7).next,
    });

    // A backlog of 20 items before the run, then the timed items.
    for (let i = 20; i > 0; i--) feed.publish(start - i * everyMs);
    const rnd = seededRandom(arrivals === 'steady' ? 1 : 11);
    const schedule: number[] = [];
    for (let t = start; t < start + durationMs; ) {
      t += arrivals === 'steady' ? everyMs : Math.max(1, Math.round(-Math.log(1 - rnd.next()) * everyMs));
      if (t < start + durationMs) schedule.push(t);
    }
    const published = new Map<string, number>();
    const visibleAt = new Map<string, number>();
    let next = 0;
    let passes = 0;
    let lastMentionId = 0;
    now = start;
    while (now < start + durationMs + TAIL_MS && visibleAt.size < schedule.length) {
      while (next < schedule.length && (schedule[next] ?? Infinity) <= now) {
        const at = schedule[next++] ?? now;
        published.set(feed.publish(at), at);
      }
      const t0 = performance.now();
      const reports = await scheduler.runDueOnce();
      passes += reports.length;
      if (reports.some((r) => r.accepted > 0)) await drainOnce(worker);
      now += Math.round(performance.now() - t0);
      const rows = await db.kysely
        .selectFrom('mentions')
        .select(['id', 'url'])
        .where('workspace_id', '=', ws.id)
        .where('id', '>', lastMentionId)
        .execute();
      for (const r of rows) {
        lastMentionId = Math.max(lastMentionId, Number(r.id));
        const guid = r.url?.split('#')[1];
        if (guid && published.has(guid) && !visibleAt.has(guid)) visibleAt.set(guid, now);
      }
      now += config.collectPollMs;
    }
    const latencies = [...visibleAt].map(([guid, at]) => (at - (published.get(guid) ?? at)) / 1000).sort((a, b) => a - b);
    const health = await db.kysely.selectFrom('sources').select('interval_seconds').where('id', '=', source.id).executeTakeFirst();
    return {
      items: schedule.length,
      visible: visibleAt.size,
      p50Seconds: round(quantile(latencies, 0.5)),
      p95Seconds: round(quantile(latencies, 0.95)),
      maxSeconds: round(latencies.at(-1) ?? Number.NaN),
      passes,
      notModified: feed.notModified,
      finalIntervalSeconds: health?.interval_seconds ?? null,
      realSeconds: round((performance.now() - realStart) / 1000),
    };
  } finally {
    await feed.close();
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

function quantile(sorted: number[], q: number): number {
  if (sorted.length === 0) return Number.NaN;
  return sorted[Math.min(sorted.length - 1, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
}

function round(n: number): number {
  return Math.round(n * 10) / 10;
}
