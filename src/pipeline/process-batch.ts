/**
 * One pipeline pass, top to bottom, in two halves a worker overlaps (`batch-loop.ts`): `claimBatch` claims inbox items
 * under a lease, builds each draft from its payload and hands the drafts to the analysis stages (inline, or in worker
 * threads while this thread goes on); `storeBatch` waits for the analysis, runs the batch stages, stores mentions and
 * marks the inbox done in one transaction, runs the steps that follow a stored batch (`after-store.ts`), and reports.
 */
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import { type ClaimedItem, claimInbox } from '../store/queries/inbox.js';
import { type AfterStoreStep, runAfterStore } from './after-store.js';
import { type AnalysisRunner, inlineAnalysis } from './analysis-runner.js';
import { attachSources } from './attach-sources.js';
import { commitBatch } from './commit.js';
import { type Started, startAnalysis } from './prepare.js';
import { type BatchReport, countReport, summarise } from './report.js';
import { createWorkspaceResources, type WorkspaceResources } from './resources.js';
import { runBatchStages } from './run-stages.js';
import type { AnalysisStage, BatchStage, StageContext } from './stage.js';
import { rememberStored } from './stages/stored-fingerprints.js';
import { afterStoreSteps as defaultAfterStoreSteps, batchStages as defaultBatchStages } from './stages.js';

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
  /** The steps after a batch is stored; tests pass their own. */
  afterStoreSteps?: readonly AfterStoreStep[];
  /** Where the analysis stages run (a thread pool); inline when absent. */
  analysis?: AnalysisRunner;
  /** Per-workspace inputs for the stages; a worker keeps one across batches. */
  resources?: WorkspaceResources;
}

/** A claimed batch whose drafts are with the analysis stages. */
export interface ClaimedBatch extends Started {
  claimed: ClaimedItem[];
}

/** The two halves in sequence: one batch claimed, analysed and stored. */
export async function processBatch(deps: PipelineDeps): Promise<BatchReport> {
  const own = { ...deps, resources: deps.resources ?? createWorkspaceResources(deps.db) };
  return storeBatch(own, await claimBatch(own));
}

/** Claims inbox items under a lease and hands their drafts to the analysis stages; resolves once they are handed over. */
export async function claimBatch(deps: PipelineDeps): Promise<ClaimedBatch> {
  const now = deps.now ?? Date.now;
  const { config } = deps;
  const claimed = await claimInbox(deps.db, {
    workerId: deps.workerId,
    limit: config.workerBatchSize,
    now: now(),
    leaseMs: config.workerLeaseSeconds * 1000,
  });
  const started = await startAnalysis(claimed, { analysis: deps.analysis ?? inlineAnalysis(deps.analysisStages), ctx: stageContext(deps) });
  return { claimed, ...started };
}

/** Once its analysis is back: the batch stages, then the mentions stored and the inbox marked done in one transaction. */
export async function storeBatch(deps: PipelineDeps, batch: ClaimedBatch): Promise<BatchReport> {
  const now = deps.now ?? Date.now;
  const { workerId, config } = deps;
  const prepared = await runBatchStages(deps.batchStages ?? defaultBatchStages, await batch.analysed, stageContext(deps));
  const finished = await attachSources(deps.db.kysely, prepared, now());
  const outcomes = await commitBatch(deps.db, finished, {
    workerId,
    now: now(),
    maxAttempts: config.workerMaxAttempts,
    onCommitted: (list) => rememberStored(deps.db, list),
  });
  const stored = new Set(outcomes.filter((o) => o.outcome === 'stored').map((o) => o.id));
  const workspaces = [...new Set(finished.filter((f) => stored.has(f.item.id)).map((f) => f.item.workspaceId))];
  await runAfterStore(deps.afterStoreSteps ?? defaultAfterStoreSteps, workspaces, { db: deps.db, now, logger: deps.logger });

  const report = summarise(workerId, batch.claimed.length, outcomes);
  countReport(report);
  return report;
}

function stageContext(deps: PipelineDeps): StageContext {
  return { now: deps.now ?? Date.now, logger: deps.logger, db: deps.db, resources: deps.resources ?? createWorkspaceResources(deps.db) };
}
