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
import { insertValues, type SqlValue } from './fixed-parts.js';
import { linkParents, type StoredForLinking } from './parent-links.js';
import { type IndexItem, indexMentions } from './search-index.js';

// Mentions per pass: their topics, tags, search rows and bands follow each pass.
const chunk = 256;

const MENTION_COLUMNS = [
  'workspace_id',
  'source_id',
  'inbox_id',
  'dedupe_key',
  'external_id',
  'url',
  'canonical_url',
  'title',
  'text',
  'author',
  'published_at',
  'collected_at',
  'sort_at',
  'lang',
  'parent_ref',
  'parent_key',
  'reposts',
  'replies',
  'likes',
  'views',
  'collects',
  'dislikes',
  'images',
  'channel',
  'platform',
  'author_followers',
  'region_label',
  'sentiment_label',
  'sentiment_score',
  'duplicate_of',
  'analysis',
  'reach',
] as const;
const TOPIC_COLUMNS = ['workspace_id', 'mention_id', 'topic_id', 'matched_at'] as const;
const TAG_COLUMNS = ['workspace_id', 'mention_id', 'kind', 'value'] as const;

/**
 * Inserts the mentions; returns the inbox ids of those inserted (the rest already existed). `onInserted` hears each
 * inserted mention's id with its draft (inside the caller's transaction: it is stored only once that commits).
 */
export async function insertMentions(
  k: Q,
  rows: { draft: MentionDraft; sourceId: number }[],
  now = Date.now(),
  onInserted?: (mentionId: number, draft: MentionDraft) => void,
): Promise<number[]> {
  const inserted: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const part = rows.slice(i, i + chunk);
    const out = await insertValues<'mentions', { id: number | bigint; inbox_id: number | bigint }>(
      k,
      'mentions',
      MENTION_COLUMNS,
      part.map(({ draft, sourceId }) => toRow(draft, sourceId)),
      'on conflict ("workspace_id", "dedupe_key") do nothing returning "id", "inbox_id"',
    );
    const byInbox = new Map(part.map((r) => [r.draft.inboxId, r]));
    const topics: SqlValue[][] = [];
    const tags: SqlValue[][] = [];
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
      onInserted?.(mentionId, draft);
      for (const topicId of new Set(draft.topicIds)) topics.push([draft.workspaceId, mentionId, topicId, now]);
      const seen = new Set<string>();
      for (const t of draft.tags) {
        const key = `${t.kind}\u0000${t.value}`;
        if (seen.has(key)) continue;
        seen.add(key);
        tags.push([draft.workspaceId, mentionId, t.kind, t.value]);
      }
    }
    await insertValues(k, 'mention_topics', TOPIC_COLUMNS, topics);
    await insertValues(k, 'mention_tags', TAG_COLUMNS, tags);
    await indexMentions(k, search);
    await storeNearDuplicates(k, near);
    await linkParents(k, linking);
  }
  return inserted;
}

/** A draft as its `mentions` row, keyed by column (the search benchmark's bulk load). */
export function mentionRowOf(draft: MentionDraft, sourceId: number): Record<(typeof MENTION_COLUMNS)[number], SqlValue> {
  const values = toRow(draft, sourceId);
  return Object.fromEntries(MENTION_COLUMNS.map((c, i) => [c, values[i] ?? null])) as Record<(typeof MENTION_COLUMNS)[number], SqlValue>;
}

/** A mention's values in `MENTION_COLUMNS` order. */
function toRow(draft: MentionDraft, sourceId: number): SqlValue[] {
  return [
    draft.workspaceId,
    sourceId,
    draft.inboxId,
    draft.dedupeKey,
    draft.externalId,
    draft.url,
    draft.canonicalUrl,
    draft.title,
    draft.text,
    draft.author,
    draft.publishedAt,
    draft.collectedAt,
    draft.publishedAt ?? draft.collectedAt,
    draft.lang,
    draft.parentRef,
    parentKeyOf(draft.parentRef),
    draft.reposts,
    draft.replies,
    draft.likes,
    draft.views,
    draft.collects,
    draft.dislikes,
    draft.images.length > 0 ? JSON.stringify(draft.images) : null,
    draft.channel,
    draft.platform,
    draft.authorFollowers,
    draft.regionLabel,
    draft.sentiment?.label ?? null,
    draft.sentiment?.score ?? null,
    draft.duplicateOf,
    JSON.stringify(draft.analysis),
    reachOf({ reposts: draft.reposts, replies: draft.replies, likes: draft.likes, followers: draft.authorFollowers }),
  ];
}
