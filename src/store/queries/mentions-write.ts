/** Storing finished mentions. Idempotent on (workspace, dedupe key): an item stored before is not stored again. */

import type { MentionDraft } from '../../domain/mention.js';
import type { Q } from './executor.js';

// 20 columns a row: 500 rows stay well under SQLite's bound-parameter limit.
const chunk = 500;

/** Inserts the mentions; returns the inbox ids of those inserted (the rest already existed). */
export async function insertMentions(k: Q, rows: { draft: MentionDraft; sourceId: number }[]): Promise<number[]> {
  const inserted: number[] = [];
  for (let i = 0; i < rows.length; i += chunk) {
    const out = await k
      .insertInto('mentions')
      .values(rows.slice(i, i + chunk).map(({ draft, sourceId }) => toRow(draft, sourceId)))
      .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
      .returning('inbox_id')
      .execute();
    for (const r of out) inserted.push(Number(r.inbox_id));
  }
  return inserted;
}

function toRow(draft: MentionDraft, sourceId: number) {
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
    reposts: draft.reposts,
    replies: draft.replies,
    likes: draft.likes,
    views: draft.views,
  };
}
