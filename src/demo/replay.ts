/**
 * Replaying the demo scenario through the real pipeline: items go through durable intake (`acceptItems`) in time
 * order and a worker drains the inbox after each step. `speed` is simulated seconds per real second (3600 = one
 * hour a second); 0 sends everything at once. Published times are mapped so the scenario's last item is "now" at
 * the end of the replay. A workspace that already holds every item is told so at once, without replaying. The
 * summary counts what is in the database at the end, whichever worker (this one, or a running server's) stored it.
 * Clock and sleep are injected.
 */
import type { Config } from '../config/index.js';
import { dedupeKey } from '../domain/dedupe-key.js';
import { acceptItems } from '../intake/accept.js';
import type { Logger } from '../log/logger.js';
import { drainOnce } from '../pipeline/worker.js';
import type { Db } from '../store/dialect.js';
import { defaultSeed, generateScenario, type ScenarioItem } from './generate.js';
import { demoOrigin } from './origin.js';
import { nameDemoSources } from './sources.js';
import { countKnownItems, demoStatus } from './status.js';
import { HOUR_MS, scenarioSpanMs } from './timeline.js';

export { demoOrigin } from './origin.js';

export interface ReplayOptions {
  workspaceId: number;
  speed: number;
  seed?: number;
  now?: () => number;
  sleep?: (ms: number) => Promise<void>;
  /** Called after each step with the simulated hour reached. */
  progress?: (p: ReplayProgress) => void;
  signal?: AbortSignal;
}

export interface ReplayProgress {
  hour: number;
  items: number;
  sent: number;
  accepted: number;
  /** Demo mentions stored in the workspace so far, by any worker. */
  stored: number;
}

export interface ReplaySummary {
  done: true;
  items: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  /** Demo mentions stored in the workspace at the end, whichever worker stored them. */
  stored: number;
  /** Demo items still waiting in the inbox at the end (a running server's worker finishes them). */
  pending: number;
  /** Every item was already in the workspace, so nothing was replayed. */
  alreadyThere: boolean;
  elapsedMs: number;
}

/** How long the end of a replay waits for other workers (a running server's) to finish demo items they hold. */
const settleMs = 30_000;
const settlePollMs = 200;

/** Largest batch handed to intake at once. */
const maxStep = 500;

export async function replayDemo(deps: { db: Db; config: Config; logger: Logger }, opts: ReplayOptions): Promise<ReplaySummary> {
  const now = opts.now ?? Date.now;
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((r) => setTimeout(r, ms)));
  const scenario = generateScenario(opts.seed ?? defaultSeed);
  const started = now();
  const realSpanMs = opts.speed > 0 ? scenarioSpanMs / opts.speed : 0;
  // The scenario's last moment lands at the end of the replay.
  const endsAt = started + realSpanMs;
  const summary: ReplaySummary = {
    done: true,
    items: scenario.length,
    accepted: 0,
    duplicates: 0,
    rejected: 0,
    stored: 0,
    pending: 0,
    alreadyThere: false,
    elapsedMs: 0,
  };
  const drain = () => drainOnce({ ...deps, workerId: 'demo', ...(opts.now ? { now: opts.now } : {}) });

  const known = await countKnownItems(
    deps.db,
    opts.workspaceId,
    scenario.map((s) => dedupeKey(s.item)),
  );
  await nameDemoSources(deps.db, opts.workspaceId, scenario, started);
  if (known === scenario.length) {
    const status = await demoStatus(deps.db, opts.workspaceId);
    return {
      ...summary,
      duplicates: known,
      stored: status.mentions,
      pending: status.pending,
      alreadyThere: true,
      elapsedMs: now() - started,
    };
  }

  let i = 0;
  while (i < scenario.length && !opts.signal?.aborted) {
    const simulatedNow = opts.speed > 0 ? (now() - started) * opts.speed : scenarioSpanMs;
    const step: ScenarioItem[] = [];
    while (i < scenario.length && step.length < maxStep && (scenario[i]?.offsetMs ?? 0) <= simulatedNow) {
      const next = scenario[i++];
      if (next) step.push(next);
    }
    if (step.length === 0) {
      const due = scenario[i]?.offsetMs ?? scenarioSpanMs;
      await sleep(Math.max(10, Math.min(1000, (due - simulatedNow) / opts.speed)));
      continue;
    }
    const result = await acceptItems(deps.db, {
      workspaceId: opts.workspaceId,
      origin: demoOrigin,
      now: now(),
      items: step.map((s, k) => ({ ref: i - step.length + k, raw: { ...s.item, publishedAt: endsAt - scenarioSpanMs + s.offsetMs } })),
    });
    summary.accepted += result.accepted;
    summary.duplicates += result.duplicates;
    summary.rejected += result.rejected.length;
    for (const bad of result.rejected.slice(0, 3))
      deps.logger.warn({ ref: bad.ref, field: bad.field, problem: bad.problem }, 'demo item refused');
    await drain();
    opts.progress?.({
      hour: Math.floor((step.at(-1)?.offsetMs ?? 0) / HOUR_MS),
      items: scenario.length,
      sent: i,
      accepted: summary.accepted,
      stored: (await demoStatus(deps.db, opts.workspaceId)).mentions,
    });
  }
  // Items a server's worker claimed are finished there; wait a little for them so the summary is the final count.
  let status = await demoStatus(deps.db, opts.workspaceId);
  for (let waited = 0; status.pending > 0 && waited < settleMs && !opts.signal?.aborted; ) {
    if ((await drain()) === 0) {
      await sleep(settlePollMs);
      waited += settlePollMs;
    }
    status = await demoStatus(deps.db, opts.workspaceId);
  }
  summary.stored = status.mentions;
  summary.pending = status.pending;
  summary.elapsedMs = now() - started;
  return summary;
}
