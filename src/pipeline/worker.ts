/**
 * The pipeline worker: claims and processes batches until the inbox is empty, then sleeps until the poll
 * interval passes or `wake()` is called. Runs inside `serve` or as its own process (`bin/yuqing worker`). The
 * analysis stages run in a pool of worker threads (`analysisThreads`), the database work and batch stages here,
 * overlapped: one batch is analysed while the one before it is stored (`batch-loop.ts`).
 */

import { hostname } from 'node:os';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import type { AfterStoreStep } from './after-store.js';
import type { AnalysisRunner } from './analysis-runner.js';
import { runBatches } from './batch-loop.js';
import type { PipelineDeps } from './process-batch.js';
import type { BatchReport } from './report.js';
import { createWorkspaceResources, type WorkspaceResources } from './resources.js';
import type { AnalysisStage, BatchStage } from './stage.js';
import { createAnalysisPool } from './threads/pool.js';
import { analysisThreadCount } from './threads/thread-count.js';
import { createWakeup } from './wakeup.js';
import { warmUpStages } from './warm-up.js';

export interface WorkerHandle {
  /** Look at the inbox now instead of at the next poll (call after intake). */
  wake(): void;
  /** Finishes the batch in hand (and the one analysed ahead of it), stops the analysis threads, then resolves. */
  stop(): Promise<void>;
}

export interface WorkerDeps {
  db: Db;
  config: Config;
  logger: Logger;
  workerId?: string;
  now?: () => number;
  /** Stages of a test's own; analysis stages given here run inline. */
  analysisStages?: readonly AnalysisStage[];
  batchStages?: readonly BatchStage[];
  /** The steps after a stored batch (default: the pipeline's, `stages.ts`). */
  afterStoreSteps?: readonly AfterStoreStep[];
  /** Analysis threads (default: from `analysisThreads` in the config); 0 analyses inline. With `analysis`, only logged. */
  threads?: number;
  /** drainOnce stops between batches when this is aborted. */
  signal?: AbortSignal;
  /** Shared with the API in `serve`, so an edit there refreshes the stages at once. */
  resources?: WorkspaceResources;
  /** Analysis threads the caller started and closes itself (the bench keeps one pool across drains). */
  analysis?: AnalysisRunner;
}

export function defaultWorkerId(): string {
  return `${hostname()}:${process.pid}`;
}

export function startWorker(deps: WorkerDeps): WorkerHandle {
  const pipeline = pipelineDeps(deps);
  const wakeup = createWakeup();
  let stopping = false;
  let stopped = () => {};
  const stop = new Promise<void>((resolve) => {
    stopped = resolve;
  });
  const loop = (async () => {
    // No item is claimed while the threads load their models: a lease is not spent waiting for them.
    await Promise.race([pipeline.analysis?.ready(), stop]);
    while (!stopping) {
      await runBatches(pipeline, { keepClaiming: () => !stopping, onBatch: (r) => logBatch(deps.logger, r) }).catch((err: unknown) => {
        deps.logger.error({ worker: pipeline.workerId, err }, 'pipeline batch failed; retrying after the poll interval');
      });
      if (!stopping) await wakeup.sleep(deps.config.workerPollMs);
    }
  })();
  deps.logger.info({ worker: pipeline.workerId, analysisThreads: pipeline.threads }, 'pipeline worker started');
  return {
    wake: () => wakeup.wake(),
    async stop() {
      stopping = true;
      stopped();
      wakeup.wake();
      await loop;
      await pipeline.close();
      deps.logger.info({ worker: pipeline.workerId }, 'pipeline worker stopped');
    },
  };
}

/** Processes until nothing is left to claim (or `signal` aborts); returns the number of mentions stored. */
export async function drainOnce(deps: WorkerDeps): Promise<number> {
  const pipeline = pipelineDeps(deps);
  let stored = 0;
  try {
    await pipeline.analysis?.ready();
    await runBatches(pipeline, {
      keepClaiming: () => !deps.signal?.aborted,
      onBatch: (r) => {
        logBatch(deps.logger, r);
        stored += r.stored;
      },
    });
  } finally {
    await pipeline.close();
  }
  return stored;
}

type Pipeline = PipelineDeps & { threads: number; close(): Promise<void> };

function pipelineDeps(deps: WorkerDeps): Pipeline {
  return {
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    workerId: deps.workerId ?? defaultWorkerId(),
    ...(deps.now ? { now: deps.now } : {}),
    ...(deps.analysisStages ? { analysisStages: deps.analysisStages } : {}),
    ...(deps.batchStages ? { batchStages: deps.batchStages } : {}),
    ...(deps.afterStoreSteps ? { afterStoreSteps: deps.afterStoreSteps } : {}),
    ...(deps.analysisStages ? { threads: 0, close: async () => {} } : analysisIn(deps)),
    resources: deps.resources ?? createWorkspaceResources(deps.db),
  };
}

/** The pipeline's own stages run in a pool of threads, or inline (models loaded now, not in the first batch). */
function analysisIn(deps: WorkerDeps): { analysis?: AnalysisRunner; threads: number; close(): Promise<void> } {
  if (deps.analysis) return { analysis: deps.analysis, threads: deps.threads ?? 0, close: async () => {} };
  const threads = deps.threads ?? analysisThreadCount(deps.config.analysisThreads, 'worker');
  if (threads > 0) {
    const analysis = createAnalysisPool({ threads, logger: deps.logger });
    return { analysis, threads, close: () => analysis.close() };
  }
  warmUpStages();
  return { threads: 0, close: async () => {} };
}

function logBatch(logger: Logger, r: BatchReport): void {
  const level = r.failed.length > 0 || r.errors.length > 0 ? 'warn' : 'info';
  logger[level](
    {
      worker: r.workerId,
      claimed: r.claimed,
      stored: r.stored,
      duplicates: r.duplicates,
      done: r.done,
      retried: r.retried,
      failed: r.failed,
      lost: r.lost,
      ...(r.errors.length > 0 ? { errors: r.errors.slice(0, 5) } : {}),
    },
    'pipeline batch',
  );
}
