/** What a pipeline stage is: a named function from draft to draft, pure where it can be. */
import type { MentionDraft } from '../domain/mention.js';
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';
import type { WorkspaceResources } from './resources.js';

export interface StageContext {
  /** The clock; stages never read the time any other way. */
  now: () => number;
  logger: Logger;
  /** The database, for stages that must look at what is stored (near-duplicates); most stages never touch it. */
  db: Db;
  /** Per-workspace resources (topic matcher, dictionaries, taxonomy), cached and refreshed when they change. */
  resources: WorkspaceResources;
}

/** The function's name is the stage's name in logs and in `last_error`. */
export type Stage = (draft: MentionDraft, ctx: StageContext) => MentionDraft | Promise<MentionDraft>;
