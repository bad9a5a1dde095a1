/** A mention draft with every field set, for unit tests and benchmarks of the pipeline, the store and search. */
import { blankDraft, type MentionDraft } from '../mention.js';

export function draftFixture(over: Partial<MentionDraft> = {}): MentionDraft {
  return blankDraft({
    workspaceId: 1,
    inboxId: 10,
    dedupeKey: 'k',
    sourceKey: 'weibo',
    externalId: '1',
    collectedAt: 1_700_000_000_000,
    ...over,
  });
}
