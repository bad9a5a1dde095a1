/**
 * The embedded pipeline worker of `serve`, in a worker thread of its own (`pipeline-thread-entry.ts`) with its own
 * database connection, so that draining a backlog never holds up the event loop that answers HTTP. The server
 * thread wakes it after intake, passes on edits that invalidate a workspace's resources, counts its batches in
 * the metrics, watches that it keeps making progress, and stops it: the current batch is finished, or abandoned
 * after a grace period (its lease then lapses and the items are claimed again; nothing is lost or stored twice).
 */
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import { type BatchReport, countReport } from '../pipeline/report.js';
import { startModuleThread } from '../pipeline/threads/spawn.js';
import type { WorkerHandle } from '../pipeline/worker.js';
import { watchProgress } from './stall-watch.js';

export interface PipelineThreadData {
  config: Config;
  /** The thread reports progress at least this often while it is well (a poll is cut short to fit). */
  beatMs: number;
}

export type ToThread = { type: 'wake' } | { type: 'stop' } | { type: 'invalidate'; workspaceId: number };
/** `beat`: an idle poll came round (a finished batch says the same). */
export type FromThread = { type: 'running' } | { type: 'batch'; report: BatchReport } | { type: 'beat' } | { type: 'stopped' };

/**
 * `warming`: loading the jieba dictionary and sentiment weights; `stalled`: no batch or poll finished for
 * `embeddedWorkerStallSeconds` (a batch stuck on a lock or in a stage; it counts as running again once it
 * reports); `failed`: the thread ended on an error.
 */
export type PipelineState = 'warming' | 'running' | 'stalled' | 'stopped' | 'failed';

export interface EmbeddedWorker extends WorkerHandle {
  state(): PipelineState;
  /** The server edited something a workspace's stages use (a topic, the dictionary): the worker reloads it. */
  invalidate(workspaceId: number): void;
}

export interface PipelineThreadOptions {
  config: Config;
  logger: Logger;
  stopGraceMs?: number;
  /** The thread's module and the silence that counts as a stall (default `embeddedWorkerStallSeconds`); tests pass their own. */
  entry?: URL;
  stallMs?: number;
}

export function startPipelineThread(opts: PipelineThreadOptions): EmbeddedWorker {
  const { logger, stopGraceMs = 10_000 } = opts;
  const stallMs = opts.stallMs ?? opts.config.embeddedWorkerStallSeconds * 1000;
  const worker = startModuleThread<PipelineThreadData>(opts.entry ?? new URL('./pipeline-thread-entry.ts', import.meta.url), {
    config: opts.config,
    beatMs: Math.max(10, Math.floor(stallMs / 3)),
  });
  let state: PipelineState = 'warming';
  const watch = watchProgress(stallMs, (silentMs) => {
    if (state !== 'running') return;
    state = 'stalled';
    logger.error({ silentMs }, 'pipeline thread stalled: no batch or poll finished; /readyz answers 503 until it reports again');
  });
  const post = (message: ToThread) => {
    if (state === 'warming' || state === 'running' || state === 'stalled') worker.postMessage(message);
  };
  worker.on('message', (message: FromThread) => {
    watch.heard();
    if (message.type === 'running') state = 'running';
    else if (message.type === 'batch') countReport(message.report);
    if (state === 'stalled' && (message.type === 'batch' || message.type === 'beat')) {
      state = 'running';
      logger.warn('pipeline thread reports again after a stall');
    }
  });
  worker.on('error', (err) => {
    state = 'failed';
    logger.error({ err }, 'pipeline thread failed; inbox items wait until serve restarts or a worker process takes them');
  });
  const exited = new Promise<void>((resolve) =>
    worker.once('exit', () => {
      watch.stop();
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
