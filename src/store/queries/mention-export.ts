/** The rows an export writes: mentions by id with their source, labels and topics, in three queries per chunk. */
import { numOrNull, type Q } from './executor.js';

export interface ExportRow {
  id: number;
  sortAt: number;
  publishedAt: number | null;
  title: string;
  text: string;
  author: string | null;
  authorFollowers: number | null;
  url: string | null;
  sourceKey: string;
  sourceName: string;
  channel: string | null;
  platform: string | null;
  lang: string | null;
  sentimentLabel: string | null;
  sentimentScore: number | null;
  reach: number;
  reposts: number | null;
  replies: number | null;
  likes: number | null;
  views: number | null;
  regionLabel: string | null;
  duplicateOf: number | null;
  /** Labels by kind (category, region, keyword, entity…), each list sorted. */
  tags: Record<string, string[]>;
  topics: string[];
}

/** The workspace's mentions of `ids`, in the order of `ids`; ids of other workspaces are left out. */
export async function exportRows(q: Q, workspaceId: number, ids: readonly number[]): Promise<ExportRow[]> {
  if (ids.length === 0) return [];
  const rows = await q
    .selectFrom('mentions')
    .innerJoin('sources', 'sources.id', 'mentions.source_id')
    .select([
      'mentions.id',
      'mentions.sort_at',
      'mentions.published_at',
      'mentions.title',
      'mentions.text',
      'mentions.author',
      'mentions.author_followers',
      'mentions.url',
      'sources.key as source_key',
      'sources.name as source_name',
      'mentions.channel',
      'mentions.platform',
      'mentions.lang',
      'mentions.sentiment_label',
      'mentions.sentiment_score',
      'mentions.reach',
      'mentions.reposts',
      'mentions.replies',
      'mentions.likes',
      'mentions.views',
      'mentions.region_label',
      'mentions.duplicate_of',
    ])
    .where('mentions.workspace_id', '=', workspaceId)
    .where('mentions.id', 'in', [...ids])
    .execute();
  const tags = await q
    .selectFrom('mention_tags')
    .select(['mention_id', 'kind', 'value'])
    .where('workspace_id', '=', workspaceId)
    .where('mention_id', 'in', [...ids])
    .execute();
  const topics = await q
    .selectFrom('mention_topics')
    .innerJoin('topics', 'topics.id', 'mention_topics.topic_id')
    .select(['mention_topics.mention_id', 'topics.name'])
    .where('mention_topics.workspace_id', '=', workspaceId)
    .where('mention_topics.mention_id', 'in', [...ids])
    .execute();
  const tagsOf = new Map<number, Record<string, string[]>>();
  for (const t of tags) {
    const byKind = tagsOf.get(Number(t.mention_id)) ?? {};
    byKind[t.kind] = [...(byKind[t.kind] ?? []), t.value];
    tagsOf.set(Number(t.mention_id), byKind);
  }
  const topicsOf = new Map<number, string[]>();
  for (const t of topics) topicsOf.set(Number(t.mention_id), [...(topicsOf.get(Number(t.mention_id)) ?? []), t.name]);
  const byId = new Map(
    rows.map((r) => {
      const id = Number(r.id);
      const own = tagsOf.get(id) ?? {};
      for (const list of Object.values(own)) list.sort();
      const row: ExportRow = {
        id,
        sortAt: Number(r.sort_at),
        publishedAt: numOrNull(r.published_at),
        title: r.title,
        text: r.text,
        author: r.author,
        authorFollowers: numOrNull(r.author_followers),
        url: r.url,
        sourceKey: r.source_key,
        sourceName: r.source_name,
        channel: r.channel,
        platform: r.platform,
        lang: r.lang,
        sentimentLabel: r.sentiment_label,
        sentimentScore: r.sentiment_score === null ? null : Number(r.sentiment_score),
        reach: Number(r.reach),
        reposts: numOrNull(r.reposts),
        replies: numOrNull(r.replies),
        likes: numOrNull(r.likes),
        views: numOrNull(r.views),
        regionLabel: r.region_label,
        duplicateOf: numOrNull(r.duplicate_of),
        tags: own,
        topics: (topicsOf.get(id) ?? []).sort(),
      };
      return [id, row];
    }),
  );
  return ids.flatMap((id) => byId.get(id) ?? []);
}
