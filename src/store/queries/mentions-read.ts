/** Reading a workspace's mentions newest first (sort_at desc, id desc) with a keyset position. */
import { type RawBuilder, type Selectable, sql } from 'kysely';
import type { MentionsTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';

export interface MentionPosition {
  sortAt: number;
  id: number;
}

export interface MentionRecord {
  id: number;
  sourceKey: string;
  /** The source's name (its key until someone names it). */
  sourceName: string;
  externalId: string | null;
  url: string | null;
  title: string;
  text: string;
  author: string | null;
  publishedAt: number | null;
  collectedAt: number;
  sortAt: number;
  lang: string | null;
  parentRef: string | null;
  /** The stored mention `parentRef` names, once it is stored (same workspace). */
  parentId: number | null;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  views: number | null;
  collects: number | null;
  dislikes: number | null;
  images: string[];
  /** The sentiment label in force (an analyst's correction overrides the model's). */
  sentimentLabel: string | null;
}

/** A stored mention row (with its source's key and name) as the record routes present. */
export function toMentionRecord(r: Selectable<MentionsTable> & { source_key: string; source_name: string }): MentionRecord {
  return {
    id: Number(r.id),
    sourceKey: r.source_key,
    sourceName: r.source_name,
    externalId: r.external_id,
    url: r.url,
    title: r.title,
    text: r.text,
    author: r.author,
    publishedAt: numOrNull(r.published_at),
    collectedAt: Number(r.collected_at),
    sortAt: Number(r.sort_at),
    lang: r.lang,
    parentRef: r.parent_ref,
    parentId: numOrNull(r.parent_id),
    reposts: numOrNull(r.reposts),
    replies: numOrNull(r.replies),
    likes: numOrNull(r.likes),
    views: numOrNull(r.views),
    collects: numOrNull(r.collects),
    dislikes: numOrNull(r.dislikes),
    images: imageList(r.images),
    sentimentLabel: r.sentiment_label,
  };
}

/** The stored picture list; anything but a JSON array of strings reads as none. */
function imageList(json: string | null): string[] {
  if (!json) return [];
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

/** Filters of the mentions list: one event's mentions, high-risk mentions of some levels. */
export interface MentionListFilter {
  event?: number | undefined;
  severity?: readonly number[] | undefined;
}

/** The filters as conditions; the columns are migration 0013's (events-tables.ts), named in SQL so this file keeps the base schema types. */
function conditions(f: MentionListFilter | undefined): RawBuilder<boolean>[] {
  const out: RawBuilder<boolean>[] = [];
  if (f?.event !== undefined) out.push(sql<boolean>`mentions.event_id = ${f.event}`);
  if (f?.severity && f.severity.length > 0) out.push(sql<boolean>`mentions.severity IN (${sql.join([...f.severity])})`);
  return out;
}

export const mentionReadQueries = {
  /** Up to `limit` mentions strictly after `after` in newest-first order. */
  async page(
    q: Q,
    workspaceId: number,
    opts: { limit: number; after?: MentionPosition; filter?: MentionListFilter },
  ): Promise<MentionRecord[]> {
    let query = q
      .selectFrom('mentions')
      .innerJoin('sources', 'sources.id', 'mentions.source_id')
      .selectAll('mentions')
      .select(['sources.key as source_key', 'sources.name as source_name'])
      .where('mentions.workspace_id', '=', workspaceId);
    for (const c of conditions(opts.filter)) query = query.where(c);
    const after = opts.after;
    if (after) {
      query = query.where((eb) =>
        eb.or([
          eb('mentions.sort_at', '<', after.sortAt),
          eb.and([eb('mentions.sort_at', '=', after.sortAt), eb('mentions.id', '<', after.id)]),
        ]),
      );
    }
    const rows = await query.orderBy('mentions.sort_at', 'desc').orderBy('mentions.id', 'desc').limit(opts.limit).execute();
    return rows.map(toMentionRecord);
  },

  async count(q: Q, workspaceId: number, filter?: MentionListFilter): Promise<number> {
    let query = q
      .selectFrom('mentions')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId);
    for (const c of conditions(filter)) query = query.where(c);
    const row = await query.executeTakeFirstOrThrow();
    return Number(row.n);
  },
};
