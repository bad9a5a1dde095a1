/**
 * Storing finished mentions with their topics, labels, search rows, near-duplicate bands and parent links.
 * Idempotent on (workspace, dedupe key): an item stored before is not stored again, and neither is the rest.
 */

import type { MentionDraft } from '../../domain/mention.js';
import { parentKeyOf } from '../../domain/parent-key.js';
import { reachOf } from '../../domain/reach.js';
import { draftFacts } from '../../match/mention-document.js';
import { storeNearDuplicates } from './duplicates.js';
import type { Q } from './executor.js';
import { insertParts } from './fixed-parts.js';
import { linkParents, type StoredForLinking } from './parent-links.js';
import { type IndexItem, indexMentions } from './search-index.js';

// About 30 columns a row: 300 rows stay well under SQLite's bound-parameter limit.
const chunk = 300;

/** Inserts the mentions; returns the inbox ids of those inserted (the rest already existed). */
export async function insertMentions(k: Q, rows: { draft: MentionDraft; sourceId: number }[], now = Date.now()): Promise<number[]> {
  const inserted: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const out = await k
      .insertInto('mentions')
      .values(part.map(({ draft, sourceId }) => mentionRowOf(draft, sourceId)))
      .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
      .returning(['id', 'inbox_id'])
      .execute();
    const byInbox = new Map(part.map((r) => [r.draft.inboxId, r]));
    const topics: { workspace_id: number; mention_id: number; topic_id: number; matched_at: number }[] = [];
    const tags: { workspace_id: number; mention_id: number; kind: string; value: string }[] = [];
    const search: IndexItem[] = [];
    const near: { mentionId: number; draft: MentionDraft }[] = [];
    const linking: StoredForLinking[] = [];
    for (const r of out) {
      const inboxId = Number(r.inbox_id);
      inserted.push(inboxId);
      const row = byInbox.get(inboxId);
      if (!row) continue;
      const { draft, sourceId } = row;
      const mentionId = Number(r.id);
      linking.push({
        id: mentionId,
        workspaceId: draft.workspaceId,
        sourceId,
        externalId: draft.externalId,
        canonicalUrl: draft.canonicalUrl,
        parentKey: parentKeyOf(draft.parentRef),
      });
      search.push({ mentionId, workspaceId: draft.workspaceId, facts: draftFacts(draft) });
      near.push({ mentionId, draft });
      for (const topicId of new Set(draft.topicIds))
        topics.push({ workspace_id: draft.workspaceId, mention_id: mentionId, topic_id: topicId, matched_at: now });
      const seen = new Set<string>();
      for (const t of draft.tags) {
        const key = `${t.kind}\u0000${t.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        tags.push({ workspace_id: draft.workspaceId, mention_id: mentionId, kind: t.kind, value: t.value });
      }
    }
    for (const chunk of insertParts(topics, 1024)) await k.insertInto('mention_topics').values(chunk).execute();
    for (const chunk of insertParts(tags, 1024)) await k.insertInto('mention_tags').values(chunk).execute();
    await indexMentions(k, search);
    await storeNearDuplicates(k, near);
    await linkParents(k, linking);
  }
  return inserted;
}

/** A draft as its `mentions` row (also the search benchmark's bulk load). */
export function mentionRowOf(draft: MentionDraft, sourceId: number) {
  return {
    workspace_id: draft.workspaceId,
    source_id: sourceId,
    inbox_id: draft.inboxId,
    dedupe_key: draft.dedupeKey,
    external_id: draft.externalId,
    url: draft.url,
    canonical_url: draft.canonicalUrl,
    title: draft.title,
    text: draft.text,
    author: draft.author,
    published_at: draft.publishedAt,
    collected_at: draft.collectedAt,
    sort_at: draft.publishedAt ?? draft.collectedAt,
    lang: draft.lang,
    parent_ref: draft.parentRef,
    parent_key: parentKeyOf(draft.parentRef),
    reposts: draft.reposts,
    replies: draft.replies,
    likes: draft.likes,
    views: draft.views,
    collects: draft.collects,
    dislikes: draft.dislikes,
    images: draft.images.length > 0 ? JSON.stringify(draft.images) : null,
    channel: draft.channel,
    platform: draft.platform,
    author_followers: draft.authorFollowers,
    region_label: draft.regionLabel,
    sentiment_label: draft.sentiment?.label ?? null,
    sentiment_score: draft.sentiment?.score ?? null,
    duplicate_of: draft.duplicateOf,
    analysis: JSON.stringify(draft.analysis),
    reach: reachOf({ reposts: draft.reposts, replies: draft.replies, likes: draft.likes, followers: draft.authorFollowers }),
  };
}
