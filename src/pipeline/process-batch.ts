/**
 * One pipeline pass, top to bottom: claim inbox items under a lease → build each draft from its payload →
 * run the stages → store mentions and mark the inbox done in one transaction → report.
 */
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { claimInbox } from '../store/queries/inbox.js';
import { attachSources } from './attach-sources.js';
import { commitBatch } from './commit.js';
import { type Prepared, prepare } from './prepare.js';
import { type BatchReport, countReport, summarise } from './report.js';
import { createWorkspaceResources, type WorkspaceResources } from './resources.js';
import type { Stage } from './stage.js';
import { stages as defaultStages } from './stages.js';

export interface PipelineDeps {
  db: Db;
  config: Pick<Config, 'workerBatchSize' | 'workerLeaseSeconds' | 'workerMaxAttempts'>;
  logger: Logger;
  workerId: string;
  now?: () => number;
  /** The stage list; tests pass their own. */
  stages?: readonly Stage[];
  /** Per-workspace resources for the stages; a worker keeps one across batches. */
  resources?: WorkspaceResources;
}

export async function processBatch(deps: PipelineDeps): Promise<BatchReport> {
  const now = deps.now ?? Date.now;
  const { workerId, config } = deps;

  const claimed = await claimInbox(deps.db, {
    workerId,
    limit: config.workerBatchSize,
    now: now(),
    leaseMs: config.workerLeaseSeconds * 1000,
  });

  const prepared: Prepared[] = [];
  const ctx = { now, logger: deps.logger, db: deps.db, resources: deps.resources ?? createWorkspaceResources(deps.db) };
  for (const item of claimed) prepared.push(await prepare(item, deps.stages ?? defaultStages, ctx));

  const finished = await attachSources(deps.db.kysely, prepared, now());
  const outcomes = await commitBatch(deps.db, finished, { workerId, now: now(), maxAttempts: config.workerMaxAttempts });

  const report = summarise(workerId, claimed.length, outcomes);
  countReport(report);
  return report;
}
