/** The messages between the pool and an analysis thread (structured clones: plain data only). */
import type { MentionDraft } from '../../domain/mention.js';
import type { AnalysisInputs } from '../analysis-resources.js';
import type { Analyzed } from '../run-stages.js';

/** Pool → thread: a workspace's drafts; `inputs` only when the thread does not hold `version` yet. */
export interface RunMessage {
  job: number;
  workspaceId: number;
  version: string;
  inputs?: AnalysisInputs;
  now: number;
  drafts: MentionDraft[];
}

/** Thread → pool: `ready` once its models are loaded; `done` with one result per draft and the version it now holds. */
export type ThreadMessage = { type: 'ready' } | { type: 'done'; job: number; results: Analyzed[]; holds: string | null };

/** What the bootstrap needs to load the thread's module. */
export interface ThreadData {
  entry: string;
}
