/**
 * The embedded pipeline worker of `serve`, in a worker thread of its own (`pipeline-thread-entry.ts`) with its own
 * database connection, so that draining a backlog never holds up the event loop that answers HTTP. The server
 * thread wakes it after intake, passes on edits that invalidate a workspace's resources, counts its batches in
 * the metrics, and stops it: the current batch is finished, or abandoned after a grace period (its lease then
 * lapses and the items are claimed again; nothing is lost or stored twice).
 */
import type { Worker } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import { type BatchReport, countReport } from '../pipeline/report.js';
import { startModuleThread } from '../pipeline/threads/spawn.js';
import type { WorkerHandle } from '../pipeline/worker.js';

export interface PipelineThreadData {
  config: Config;
}

export type ToThread = { type: 'wake' } | { type: 'stop' } | { type: 'invalidate'; workspaceId: number };
export type FromThread = { type: 'running' } | { type: 'batch'; report: BatchReport } | { type: 'stopped' };

/** `warming`: loading the jieba dictionary and sentiment weights; `failed`: the thread ended on an error. */
export type PipelineState = 'warming' | 'running' | 'stopped' | 'failed';

export interface EmbeddedWorker extends WorkerHandle {
  state(): PipelineState;
  /** The server edited something a workspace's stages use (a topic, the dictionary): the worker reloads it. */
  invalidate(workspaceId: number): void;
}

export function startPipelineThread(opts: { config: Config; logger: Logger; stopGraceMs?: number }): EmbeddedWorker {
  const { logger, stopGraceMs = 10_000 } = opts;
  const data: PipelineThreadData = { config: opts.config };
  const worker = spawnThread(data);
  let state: PipelineState = 'warming';
  const post = (message: ToThread) => {
    if (state === 'warming' || state === 'running') worker.postMessage(message);
  };
  worker.on('message', (message: FromThread) => {
    if (message.type === 'running') state = 'running';
    else if (message.type === 'batch') countReport(message.report);
  });
  worker.on('error', (err) => {
    state = 'failed';
    logger.error({ err }, 'pipeline thread failed; inbox items wait until serve restarts or a worker process takes them');
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      if (state !== 'failed') state = 'stopped';
      resolve();
    }),
  );
  return {
    state: () => state,
    wake: () => post({ type: 'wake' }),
    async stop() {
      post({ type: 'stop' });
      const abandon = setTimeout(() => {
        logger.warn(
          { graceMs: stopGraceMs },
          'pipeline batch still running; abandoning it (its lease lapses, the items are claimed again)',
        );
        void worker.terminate();
      }, stopGraceMs);
      await exited;
      clearTimeout(abandon);
    },
    invalidate: (workspaceId) => post({ type: 'invalidate', workspaceId }),
  };
}

function spawnThread(workerData: PipelineThreadData): Worker {
  return startModuleThread(new URL('./pipeline-thread-entry.ts', import.meta.url), workerData);
}
