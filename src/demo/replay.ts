/**
 * Replaying the demo scenario through the real pipeline: items go through durable intake (`acceptItems`) in time
 * order and a worker drains the inbox after each step. `speed` is simulated seconds per real second (3600 = one
 * hour a second); 0 sends everything at once. Published times are mapped so the scenario's last item is "now" at
 * the end of the replay. Clock and sleep are injected.
 */
import type { Config } from '../config/index.js';
import { acceptItems } from '../intake/accept.js';
import type { Logger } from '../log/logger.js';
import { drainOnce } from '../pipeline/worker.js';
import type { Db } from '../store/dialect.js';
import { defaultSeed, generateScenario, type ScenarioItem } from './generate.js';
import { HOUR_MS, scenarioSpanMs } from './timeline.js';

export const demoOrigin = 'demo';

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
  sent: number;
  accepted: number;
  stored: number;
}

export interface ReplaySummary {
  done: true;
  items: number;
  accepted: number;
  duplicates: number;
  rejected: number;
  stored: number;
  elapsedMs: number;
}

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
  const summary: ReplaySummary = { done: true, items: scenario.length, accepted: 0, duplicates: 0, rejected: 0, stored: 0, elapsedMs: 0 };

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
    summary.stored += await drainOnce({ ...deps, workerId: 'demo', ...(opts.now ? { now: opts.now } : {}) });
    opts.progress?.({
      hour: Math.floor((step.at(-1)?.offsetMs ?? 0) / HOUR_MS),
      sent: i,
      accepted: summary.accepted,
      stored: summary.stored,
    });
  }
  summary.elapsedMs = now() - started;
  return summary;
}
