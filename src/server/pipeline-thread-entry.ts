/**
 * Inside the pipeline thread of `serve`: opens its own database connection, warms the stages up (jieba's
 * dictionary, the sentiment weights), then claims and processes batches until told to stop, reporting each batch
 * to the server thread. Everything heavy here (stages, JSON, whole-batch SQLite transactions) stays off the event
 * loop that answers HTTP.
 */
import { setPriority } from 'node:os';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { parentPort, workerData } from 'node:worker_threads';
import type { Config } from '../config/index.js';
import { createLogger, type Logger } from '../log/logger.js';
import { processBatch } from '../pipeline/process-batch.js';
import type { BatchReport } from '../pipeline/report.js';
import { createWorkspaceResources } from '../pipeline/resources.js';
import { createWakeup } from '../pipeline/wakeup.js';
import { warmUpStages } from '../pipeline/warm-up.js';
import { defaultWorkerId } from '../pipeline/worker.js';
import { openWorkerDatabase } from '../store/open.js';
import type { FromThread, PipelineThreadData, ToThread } from './pipeline-thread.js';

const port = parentPort;
if (!port) throw new Error('pipeline-thread-entry runs only as a worker thread (see pipeline-thread.ts)');
const { config, beatMs } = workerData as PipelineThreadData;
const post = (message: FromThread) => port.postMessage(message);

let stopping = false;
const wakeup = createWakeup();
const db = openWorkerDatabase(config);
const resources = createWorkspaceResources(db);
port.on('message', (message: ToThread) => {
  if (message.type === 'wake') wakeup.wake();
  else if (message.type === 'invalidate') resources.invalidate(message.workspaceId);
  else if (message.type === 'stop') {
    stopping = true;
    wakeup.wake();
  }
});

await run(config).finally(() => db.close());
post({ type: 'stopped' });
port.close();

async function run(c: Config): Promise<void> {
  const logger = createLogger(c.logLevel);
  const workerId = defaultWorkerId();
  yieldToServer(c.embeddedWorkerNice, logger);
  // The stop message of a SIGTERM during start-up gets in before the warm-up blocks this thread for a second or two.
  await nextTurn();
  if (stopping) return;
  warmUpStages();
  await nextTurn();
  post({ type: 'running' });
  logger.info({ worker: workerId }, 'pipeline worker started');
  const deps = { db, config: { ...c, workerBatchSize: c.embeddedWorkerBatchSize }, logger, workerId, resources };
  while (!stopping) {
    const report = await processBatch(deps).catch((err: unknown) => {
      logger.error({ worker: workerId, err }, 'pipeline batch failed; retrying after the poll interval');
      return null;
    });
    if (report && report.claimed > 0) {
      post({ type: 'batch', report });
      logger[hadTrouble(report) ? 'warn' : 'info'](summary(report), 'pipeline batch');
      // better-sqlite3 answers in microtasks: without a turn of the event loop, no message (stop, wake, an edit)
      // would get in while a backlog drains.
      await nextTurn();
    } else if (!stopping) {
      await wakeup.sleep(Math.min(c.workerPollMs, beatMs));
      post({ type: 'beat' });
    }
  }
  logger.info({ worker: workerId }, 'pipeline worker stopped');
}

/**
 * Lowers this thread's scheduling priority. On Linux a priority is per thread and pid 0 means the calling thread,
 * so the server's event loop keeps its own; threads started from here (analysis threads) inherit the lower one.
 */
function yieldToServer(nice: number, logger: Logger): void {
  if (nice === 0) return;
  try {
    setPriority(nice);
  } catch (err) {
    logger.warn({ err, nice }, 'cannot lower the pipeline thread priority; it competes with HTTP for the CPU');
  }
}

function hadTrouble(r: BatchReport): boolean {
  return r.failed.length > 0 || r.errors.length > 0 || r.lost.length > 0;
}

/** The log line of a batch: counts, and the ids only of what went wrong. */
function summary(r: BatchReport): Record<string, unknown> {
  const { workerId: worker, claimed, stored, duplicates, retried, failed, lost, errors } = r;
  return { worker, claimed, stored, duplicates, retried, failed, lost, ...(errors.length > 0 ? { errors: errors.slice(0, 5) } : {}) };
}
