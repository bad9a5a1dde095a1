/**
 * The collection scheduler: leases due sources (several processes never collect the same source at once),
 * runs up to N passes at a time, each isolated, and sleeps until the next poll or a finished pass.
 * Runs inside `serve` (YUQING_EMBEDDED_COLLECTOR) or as `bin/yuqing collect`.
 */

import { sourceTypes } from '../collect/sources/index.js';
import type { Config } from '../config/index.js';
import { type HttpClient, httpClientFromConfig } from '../http/index.js';
import type { Logger } from '../log/logger.js';
import { createWakeup } from '../pipeline/wakeup.js';
import type { Db } from '../store/dialect.js';
import { claimDueSources } from '../store/queries/collection.js';
import { type CollectDeps, collectOnce, type PassReport } from './collect-once.js';
import { createHostGate, createRobotsCache, politeClient } from './polite-client.js';

/** Source types whose pages are crawled, and so must respect robots.txt. */
export const CRAWLED_KINDS = new Set(['site', 'sitemap']);

/** The clients collectors get, by kind: one per-host gate for all, robots.txt for crawled kinds. */
export function collectHttp(
  config: Config,
  o: { now?: () => number; sleep?: (ms: number) => Promise<void>; http?: HttpClient } = {},
): (kind: string) => HttpClient {
  const now = o.now ?? Date.now;
  const sleep = o.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const base = o.http ?? httpClientFromConfig(config);
  const gate = createHostGate({ perHost: config.collectPerHostConcurrency, minGapMs: config.collectPerHostDelayMs, now, sleep });
  const robots = { cache: createRobotsCache(3_600_000, now), agent: 'yuqing' };
  const plain = politeClient(base, { gate });
  const crawler = politeClient(base, { gate, robots });
  return (kind) => (CRAWLED_KINDS.has(kind) ? crawler : plain);
}

export interface SchedulerDeps {
  db: Db;
  config: Config;
  logger: Logger;
  workerId: string;
  now?: () => number;
  random?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** The shared outbound client; built from config when absent. */
  http?: HttpClient;
  onItemsAccepted?: () => void;
}

export interface Scheduler {
  /** Leases every due source (up to the concurrency), collects them all, and resolves with their reports. */
  runDueOnce(): Promise<PassReport[]>;
  /** Starts the loop; resolves once it runs. */
  start(): void;
  wake(): void;
  stop(): Promise<void>;
}

export function createScheduler(deps: SchedulerDeps): Scheduler {
  const now = deps.now ?? Date.now;
  const sleep = deps.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const httpFor = collectHttp(deps.config, { now, sleep, ...(deps.http ? { http: deps.http } : {}) });
  const abort = new AbortController();
  const collectDeps: CollectDeps = {
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    workerId: deps.workerId,
    now,
    random: deps.random ?? Math.random,
    httpFor,
    signal: abort.signal,
    ...(deps.onItemsAccepted ? { onItemsAccepted: deps.onItemsAccepted } : {}),
  };
  const kinds = sourceTypes.map((t) => t.kind);
  const claim = (limit: number) =>
    claimDueSources(deps.db, { workerId: deps.workerId, kinds, limit, now: now(), leaseMs: deps.config.collectLeaseSeconds * 1000 });

  const wakeup = createWakeup();
  const running = new Set<Promise<unknown>>();
  let stopping = false;
  let loop: Promise<void> | null = null;

  return {
    async runDueOnce() {
      const due = await claim(deps.config.collectConcurrency);
      return Promise.all(due.map((s) => collectOnce(collectDeps, s)));
    },
    start() {
      loop ??= (async () => {
        deps.logger.info({ worker: deps.workerId }, 'collection scheduler started');
        while (!stopping) {
          const free = deps.config.collectConcurrency - running.size;
          const due = free > 0 ? await claim(free).catch(logClaimError) : [];
          for (const s of due) {
            const pass: Promise<unknown> = collectOnce(collectDeps, s)
              .catch((err: unknown) => deps.logger.error({ source: s.id, err }, 'collection pass could not be recorded'))
              .finally(() => {
                running.delete(pass);
                wakeup.wake();
              });
            running.add(pass);
          }
          if (!stopping && (due.length === 0 || running.size >= deps.config.collectConcurrency)) {
            await wakeup.sleep(deps.config.collectPollMs);
          }
        }
        await Promise.all(running);
        deps.logger.info({ worker: deps.workerId }, 'collection scheduler stopped');
      })();
    },
    wake: () => wakeup.wake(),
    async stop() {
      stopping = true;
      abort.abort();
      wakeup.wake();
      await (loop ?? Promise.resolve());
    },
  };

  function logClaimError(err: unknown): [] {
    deps.logger.error({ worker: deps.workerId, err }, 'claiming due sources failed; retrying after the poll interval');
    return [];
  }
}
