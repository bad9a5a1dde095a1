/**
 * One pipeline pass, top to bottom: claim inbox items under a lease → build each draft from its payload → run the
 * analysis stages (inline or in worker threads) → run the batch stages → store mentions and mark the inbox done in one
 * transaction → report.
 */
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { claimInbox } from '../store/queries/inbox.js';
import { type AnalysisRunner, inlineAnalysis } from './analysis-runner.js';
import { attachSources } from './attach-sources.js';
import { commitBatch } from './commit.js';
import { prepareBatch } from './prepare.js';
import { type BatchReport, countReport, summarise } from './report.js';
import { createWorkspaceResources, type WorkspaceResources } from './resources.js';
import type { AnalysisStage, BatchStage, StageContext } from './stage.js';
import { batchStages as defaultBatchStages } from './stages.js';

export interface PipelineDeps {
  db: Db;
  config: Pick<Config, 'workerBatchSize' | 'workerLeaseSeconds' | 'workerMaxAttempts'>;
  logger: Logger;
  workerId: string;
  now?: () => number;
  /** The analysis stages, run inline; tests pass their own. Ignored when `analysis` is given. */
  analysisStages?: readonly AnalysisStage[];
  /** The batch stages; tests pass their own. */
  batchStages?: readonly BatchStage[];
  /** Where the analysis stages run (a thread pool); inline when absent. */
  analysis?: AnalysisRunner;
  /** Per-workspace inputs for the stages; a worker keeps one across batches. */
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

  const ctx: StageContext = { now, logger: deps.logger, db: deps.db, resources: deps.resources ?? createWorkspaceResources(deps.db) };
  const prepared = await prepareBatch(claimed, {
    analysis: deps.analysis ?? inlineAnalysis(deps.analysisStages),
    batchStages: deps.batchStages ?? defaultBatchStages,
    ctx,
  });

  const finished = await attachSources(deps.db.kysely, prepared, now());
  const outcomes = await commitBatch(deps.db, finished, { workerId, now: now(), maxAttempts: config.workerMaxAttempts });

  const report = summarise(workerId, claimed.length, outcomes);
  countReport(report);
  return report;
}
