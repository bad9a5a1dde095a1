/**
 * The two kinds of pipeline stage. Analysis stages are pure and synchronous — one draft in, one draft out, no
 * database, no promises — so they can run in worker threads; batch stages see the whole claimed batch at once and
 * may use the store (near-duplicates). A stage function's name is its name in logs and in `last_error`.
 */
import type { MentionDraft } from '../domain/mention.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import type { AnalysisResources } from './analysis-resources.js';
import type { WorkspaceResources } from './resources.js';

export interface AnalysisContext {
  /** The batch's clock reading (epoch ms); analysis never reads the time any other way. */
  now: number;
  /** What the draft's workspace has built: dictionary, topic names, taxonomy, sentiment adaptation, topic matcher. */
  resources: AnalysisResources;
}

export type AnalysisStage = (draft: MentionDraft, ctx: AnalysisContext) => MentionDraft;

export interface StageContext {
  /** The clock; stages never read the time any other way. */
  now: () => number;
  logger: Logger;
  db: Db;
  /** Per-workspace inputs from the store (dictionary, topics, taxonomy, corrections), cached and refreshed when they change. */
  resources: WorkspaceResources;
}

/** Gets the batch's drafts (any workspaces, in claim order) and returns them in the same order, one for one. */
export type BatchStage = (drafts: MentionDraft[], ctx: StageContext) => Promise<MentionDraft[]>;
