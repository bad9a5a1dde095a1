/** One mention with everything its detail page shows: analysis columns and JSON, labels, topics. */
import type { MentionAnalysis } from '../../domain/analysis.js';
import { withEvents } from './events-tables.js';
import { numOrNull, type Q } from './executor.js';
import { type MentionRecord, toMentionRecord } from './mentions-read.js';

export interface MentionDetailRecord extends MentionRecord {
  channel: string | null;
  platform: string | null;
  regionLabel: string | null;
  sentimentLabel: string | null;
  sentimentScore: number | null;
  sentimentCorrected: boolean;
  duplicateOf: number | null;
  authorFollowers: number | null;
  /** 传播量 as stored (`domain/reach.ts`). */
  reach: number;
  /** The event clustering put it in (migration 0013), with the title shown for it. */
  event: { id: number; title: string } | null;
  /** The level the pipeline stored for a high-risk mention (1–4), else null. */
  storedSeverity: number | null;
  analysis: MentionAnalysis;
  tags: { kind: string; value: string }[];
  topics: { id: number; name: string }[];
  /** Names of the workspace's categories this mention carries (by key). */
  categoryNames: Record<string, string>;
}

/** The analysis JSON as `insertMentions` wrote it from the draft's `MentionAnalysis`; an unreadable value reads as none. */
function parseAnalysis(text: string): MentionAnalysis {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as MentionAnalysis) : {};
  } catch {
    return {};
  }
}

export async function getMentionDetail(q: Q, workspaceId: number, mentionId: number): Promise<MentionDetailRecord | null> {
  const r = await withEvents(q)
    .selectFrom('mentions')
    .innerJoin('sources', 'sources.id', 'mentions.source_id')
    .leftJoin('events', (j) => j.onRef('events.workspace_id', '=', 'mentions.workspace_id').onRef('events.id', '=', 'mentions.event_id'))
    .selectAll('mentions')
    .select([
      'sources.key as source_key',
      'sources.name as source_name',
      'events.title as event_title',
      'events.title_set as event_title_set',
    ])
    .where('mentions.workspace_id', '=', workspaceId)
    .where('mentions.id', '=', mentionId)
    .executeTakeFirst();
  if (!r) return null;
  const tags = await q
    .selectFrom('mention_tags')
    .select(['kind', 'value'])
    .where('workspace_id', '=', workspaceId)
    .where('mention_id', '=', mentionId)
    .orderBy('kind')
    .orderBy('value')
    .execute();
  const topics = await q
    .selectFrom('mention_topics')
    .innerJoin('topics', 'topics.id', 'mention_topics.topic_id')
    .select(['topics.id', 'topics.name'])
    .where('mention_topics.workspace_id', '=', workspaceId)
    .where('mention_topics.mention_id', '=', mentionId)
    .orderBy('topics.name')
    .execute();
  const keys = tags.filter((t) => t.kind === 'category').map((t) => t.value);
  const named =
    keys.length === 0
      ? []
      : await q.selectFrom('categories').select(['key', 'name']).where('workspace_id', '=', workspaceId).where('key', 'in', keys).execute();
  return {
    ...toMentionRecord(r),
    channel: r.channel,
    platform: r.platform,
    regionLabel: r.region_label,
    sentimentLabel: r.sentiment_label,
    sentimentScore: r.sentiment_score === null ? null : Number(r.sentiment_score),
    sentimentCorrected: Number(r.sentiment_corrected) === 1,
    duplicateOf: numOrNull(r.duplicate_of),
    authorFollowers: numOrNull(r.author_followers),
    reach: Number(r.reach),
    event: r.event_id === null ? null : { id: Number(r.event_id), title: r.event_title_set ?? r.event_title ?? '' },
    storedSeverity: numOrNull(r.severity),
    analysis: parseAnalysis(r.analysis),
    tags,
    topics: topics.map((t) => ({ id: Number(t.id), name: t.name })),
    categoryNames: Object.fromEntries(named.map((c) => [c.key, c.name])),
  };
}
