/** A mention draft with every field set, for unit tests and benchmarks of the pipeline, the store and search. */
import type { MentionDraft } from '../mention.js';

export function draftFixture(over: Partial<MentionDraft> = {}): MentionDraft {
  return {
    workspaceId: 1,
    inboxId: 10,
    dedupeKey: 'k',
    sourceKey: 'weibo',
    externalId: '1',
    url: null,
    canonicalUrl: null,
    title: '',
    text: '',
    author: null,
    publishedAt: null,
    collectedAt: 1_700_000_000_000,
    lang: null,
    parentRef: null,
    reposts: null,
    replies: null,
    likes: null,
    views: null,
    collects: null,
    dislikes: null,
    images: [],
    channel: null,
    platform: null,
    authorFollowers: null,
    regionLabel: null,
    sentiment: null,
    duplicateOf: null,
    topicIds: [],
    tags: [],
    analysis: {},
    ...over,
  };
}
