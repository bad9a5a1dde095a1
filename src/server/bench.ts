/**
 * The server under a backlog: `items` posts are queued on a fresh SQLite file through real intake, then
 * `bin/yuqing serve` starts as a child process on a free port. Measured: the time until it listens (from spawn,
 * Node and module loading included), then, for `seconds` while the embedded worker drains, GET /healthz and an
 * authenticated GET of the mentions API at `rate` requests/s each (open loop: a slow answer does not delay the
 * next request), with p50/p99/max latency, the items drained in the window, and how long SIGTERM took.
 */
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { issueToken } from '../auth/api-tokens.js';
import { hashPassword } from '../auth/password.js';
import type { Config } from '../config/index.js';
import { createHttpClient, type HttpClient } from '../http/index.js';
import { fillWorkloadInbox } from '../pipeline/testkit/workload-inbox.js';
import { connect, type Db } from '../store/dialect.js';
import { migrateToLatest } from '../store/migrate.js';
import { inboxReadQueries, membershipQueries, userQueries, workspaceQueries } from '../store/queries/index.js';
import { cliEnv, jsonLines, startCli } from '../testing/cli.js';

export interface Latency {
  requests: number;
  /** Answers other than 200, and requests that failed outright. */
  errors: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
}

export interface ServerBench {
  items: number;
  intakeSeconds: number;
  /** Spawn → the "server listening" log line. */
  listenMs: number;
  /** Spawn → the first /healthz answer. */
  firstHealthMs: number;
  windowSeconds: number;
  healthz: Latency;
  mentions: Latency;
  /** The server thread's event-loop delay over the window (from its /metrics): what blocked it, apart from the OS scheduler. */
  eventLoopP99Ms: number | null;
  eventLoopMaxMs: number | null;
  drainedInWindow: number;
  drainedPerSec: number;
  /** SIGTERM with the backlog still draining → exit; and the exit code. */
  shutdownMs: number;
  exitCode: number | null;
}

export interface ServerBenchOptions {
  items?: number;
  seconds?: number;
  /** Requests per second to each endpoint. */
  rate?: number;
  /** Extra environment for `serve` (e.g. to compare settings). */
  env?: Record<string, string>;
  /** Queue the backlog only once `serve` listens: a flood arriving at a running server. */
  queueAfterListen?: boolean;
}

export async function benchServer(config: Config, opts: ServerBenchOptions = {}): Promise<ServerBench> {
  const { items = 200_000, seconds = 60, rate = 20 } = opts;
  const dir = mkdtempSync(join(tmpdir(), 'yuqing-server-bench-'));
  const url = `sqlite:${join(dir, 'bench.db')}`;
  const db = connect({ url, sqliteSynchronous: config.sqliteSynchronous });
  try {
    await migrateToLatest(db);
    const { workspaceId, token } = await benchAccount(db);
    let intakeSeconds = opts.queueAfterListen ? 0 : await fillWorkloadInbox(db, workspaceId, { items });

    const metricsToken = `bench-${randomBytes(12).toString('hex')}`;
    const spawned = performance.now();
    const server = startCli(
      ['serve'],
      cliEnv({
        DATABASE_URL: url,
        YUQING_HOST: '127.0.0.1',
        YUQING_PORT: '0',
        YUQING_EMBEDDED_COLLECTOR: 'false',
        YUQING_LOG_LEVEL: 'info',
        YUQING_SQLITE_SYNCHRONOUS: config.sqliteSynchronous,
        YUQING_METRICS_TOKEN: metricsToken,
        ...opts.env,
      }),
    );
    try {
      const listening = await server.waitForLine((l) => l.includes('"server listening"'));
      const listenMs = performance.now() - spawned;
      const base = String(jsonLines([listening])[0]?.url);
      const client = createHttpClient({ allowCidrs: ['127.0.0.1/32'], retries: 0, totalTimeoutMs: 60_000 });
      await client.fetch(`${base}/healthz`);
      const firstHealthMs = performance.now() - spawned;
      if (opts.queueAfterListen) intakeSeconds = await fillWorkloadInbox(db, workspaceId, { items });

      const scrape = () => client.fetch(`${base}/metrics`, { headers: { authorization: `Bearer ${metricsToken}` } });
      await scrape(); // starts the event-loop delay histogram afresh
      const pendingBefore = await inboxReadQueries.countPending(db.kysely);
      const windowStart = performance.now();
      const [healthz, mentions] = await Promise.all([
        sample(client, `${base}/healthz`, {}, rate, seconds),
        sample(client, `${base}/api/v1/workspaces/${workspaceId}/mentions?limit=20`, { authorization: `Bearer ${token}` }, rate, seconds),
      ]);
      const windowSeconds = (performance.now() - windowStart) / 1000;
      const drainedInWindow = pendingBefore - (await inboxReadQueries.countPending(db.kysely));
      const metrics = (await scrape()).body.toString('utf8');

      const stopAt = performance.now();
      server.child.kill('SIGTERM');
      const exit = await server.exited;
      return {
        items,
        intakeSeconds: round(intakeSeconds),
        listenMs: Math.round(listenMs),
        firstHealthMs: Math.round(firstHealthMs),
        windowSeconds: round(windowSeconds),
        healthz,
        mentions,
        eventLoopP99Ms: gaugeMs(metrics, 'yuqing_nodejs_eventloop_lag_p99_seconds'),
        eventLoopMaxMs: gaugeMs(metrics, 'yuqing_nodejs_eventloop_lag_max_seconds'),
        drainedInWindow,
        drainedPerSec: Math.round(drainedInWindow / windowSeconds),
        shutdownMs: Math.round(performance.now() - stopAt),
        exitCode: exit.code,
      };
    } finally {
      if (server.child.exitCode === null && server.child.signalCode === null) {
        server.child.kill('SIGKILL');
        await server.exited;
      }
    }
  } finally {
    await db.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** A workspace, a superadmin member of it, and an API token acting as them. */
async function benchAccount(db: Db): Promise<{ workspaceId: number; token: string }> {
  const now = Date.now();
  const workspace = await workspaceQueries.create(db.kysely, { slug: 'bench', name: 'bench', now });
  const passwordHash = await hashPassword(`bench-${now}`, { memoryCost: 1024, timeCost: 1, parallelism: 1 });
  const user = await userQueries.create(db.kysely, { username: 'bench', passwordHash, isSuperadmin: true, now });
  await membershipQueries.add(db.kysely, { workspaceId: workspace.id, userId: user.id, role: 'admin', now });
  const { secret } = await issueToken(db.kysely, user.id, { name: 'bench', now });
  return { workspaceId: workspace.id, token: secret };
}

/** GETs `url` every 1/rate s for `seconds`, without waiting for earlier answers; latency of each answer. */
async function sample(client: HttpClient, url: string, headers: Record<string, string>, rate: number, seconds: number): Promise<Latency> {
  const latencies: number[] = [];
  let errors = 0;
  const inFlight: Promise<void>[] = [];
  const start = performance.now();
  for (let k = 0; k < seconds * rate; k++) {
    const wait = start + (k * 1000) / rate - performance.now();
    if (wait > 0) await new Promise((r) => setTimeout(r, wait));
    inFlight.push(
      (async () => {
        const sent = performance.now();
        try {
          const res = await client.fetch(url, { headers });
          if (res.status !== 200) errors++;
        } catch {
          errors++;
        }
        latencies.push(performance.now() - sent);
      })(),
    );
  }
  await Promise.all(inFlight);
  latencies.sort((a, b) => a - b);
  const at = (q: number) => round(latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))] ?? 0);
  return { requests: latencies.length, errors, p50Ms: at(0.5), p99Ms: at(0.99), maxMs: round(latencies.at(-1) ?? 0) };
}

/** A gauge in seconds from Prometheus text, in ms. */
function gaugeMs(text: string, name: string): number | null {
  const value = new RegExp(`^${name}(?:\\{[^}]*\\})? (\\S+)$`, 'm').exec(text)?.[1];
  return value === undefined ? null : round(Number(value) * 1000);
}

function round(x: number): number {
  return Math.round(x * 10) / 10;
}
