/**
 * Which embedded worker `serve` runs: the pipeline thread, or, for an in-memory SQLite database (which another
 * connection cannot see), the worker loop on the server's own event loop and connection.
 */
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { WorkspaceResources } from '../pipeline/resources.js';
import { startWorker } from '../pipeline/worker.js';
import { type Db, sqlitePath } from '../store/dialect.js';
import { type EmbeddedWorker, startPipelineThread } from './pipeline-thread.js';

export function startEmbeddedWorker(deps: { db: Db; config: Config; logger: Logger; resources: WorkspaceResources }): EmbeddedWorker {
  const { db, config, logger } = deps;
  const inMemory = db.dialect === 'sqlite' && ['', ':memory:'].includes(sqlitePath(config.databaseUrl));
  if (!inMemory) return startPipelineThread({ config, logger });
  const worker = startWorker({ ...deps, config: { ...config, workerBatchSize: config.embeddedWorkerBatchSize } });
  let state: 'running' | 'stopped' = 'running';
  return {
    state: () => state,
    wake: () => worker.wake(),
    async stop() {
      await worker.stop();
      state = 'stopped';
    },
    // It shares the server's resources, so an edit reaches it already.
    invalidate: () => undefined,
  };
}
