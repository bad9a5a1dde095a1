/** Preparing one claimed item outside any transaction: build its draft and run the stages. Never throws. */
import type { MentionDraft } from '../domain/mention.js';
import type { ClaimedItem } from '../store/queries/inbox.js';
import { buildDraft } from './build-draft.js';
import { runStages } from './run-stages.js';
import type { Stage, StageContext } from './stage.js';

export type Prepared = { item: ClaimedItem; draft: MentionDraft } | { item: ClaimedItem; error: string };

export async function prepare(item: ClaimedItem, list: readonly Stage[], ctx: StageContext): Promise<Prepared> {
  try {
    return { item, draft: await runStages(list, buildDraft(item), ctx) };
  } catch (err) {
    return { item, error: err instanceof Error ? err.message : String(err) };
  }
}
