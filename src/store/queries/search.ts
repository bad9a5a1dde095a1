/** Reading mentions for search: filtered candidate rows (by id list or by scanning), their region tags, facet counts by tag and topic. */
import { type ExpressionBuilder, sql } from 'kysely';
import type { Database } from '../schema.js';
import { numOrNull, type Q } from './executor.js';
import { dialectOfExecutor } from './search-index.js';

export interface SearchFilters {
  from?: number | undefined;
  to?: number | undefined;
  topicId?: number | undefined;
  sentiment?: string | undefined;
  channel?: string | undefined;
  source?: string | undefined;
  lang?: string | undefined;
  region?: string | undefined;
  /** The author's region as the platform labels it (IP属地), resolved to a place. */
  authorRegion?: string | undefined;
  category?: string | undefined;
  /** One event's mentions (migration 0013's `mentions.event_id`). */
  event?: number | undefined;
  /** Mentions graded at these levels 1–4 (migration 0013's `mentions.severity`). */
  severity?: readonly number[] | undefined;
}

export interface CandidateRow {
  id: number;
  sortAt: number;
  title: string;
  text: string;
  author: string | null;
  url: string | null;
  channel: string | null;
  lang: string | null;
  regionLabel: string | null;
  sourceKey: string;
  sourceName: string;
  sentiment: string | null;
  /** 传播量 as stored: engagement plus a small base for the author's audience (`domain/reach.ts`). */
  reach: number;
  regions: string[];
  /** The original this mention is a copy of (its repost family), or null for an original. */
  duplicateOf: number | null;
}

/**
 * `column IN ids` as one bound value whatever the list's length: a PostgreSQL array, or a JSON array SQLite expands
 * (`json_each`); a long list of placeholders costs both more to parse and plan than the lookups themselves.
 */
export function inIds(q: Q, column: string, ids: readonly number[]) {
  return dialectOfExecutor(q) === 'postgres'
    ? sql<boolean>`${sql.ref(column)} = ANY(${[...ids]}::bigint[])`
    : sql<boolean>`${sql.ref(column)} IN (SELECT value FROM json_each(${JSON.stringify(ids)}))`;
}

type Eb = ExpressionBuilder<Database & { s: Database['sources'] }, 'mentions' | 's'>;

/**
 * `byId`: the caller passes an id list, so the workspace is checked as an expression (`workspace_id + 0`): with
 * the plain column both planners may prefer the (workspace, time) index and scan the workspace once per batch
 * instead of looking the ids up by primary key.
 */
function filtered(q: Q, workspaceId: number, f: SearchFilters, byId = false) {
  let query = q
    .selectFrom('mentions')
    .innerJoin('sources as s', 's.id', 'mentions.source_id')
    .where(byId ? sql<number>`mentions.workspace_id + 0` : sql<number>`mentions.workspace_id`, '=', workspaceId);
  if (f.from !== undefined) query = query.where('mentions.sort_at', '>=', f.from);
  if (f.to !== undefined) query = query.where('mentions.sort_at', '<', f.to);
  if (f.sentiment) query = query.where('mentions.sentiment_label', '=', f.sentiment);
  if (f.channel) query = query.where('mentions.channel', '=', f.channel);
  if (f.source) query = query.where('s.key', '=', f.source);
  const lang = f.lang;
  if (lang) query = query.where((eb: Eb) => eb.or([eb('mentions.lang', '=', lang), eb('mentions.lang', 'like', `${lang}-%`)]));
  const topicId = f.topicId;
  if (topicId !== undefined)
    query = query.where((eb: Eb) =>
      eb.exists(
        eb
          .selectFrom('mention_topics as mt')
          .select('mt.mention_id')
          .whereRef('mt.mention_id', '=', 'mentions.id')
          .where('mt.topic_id', '=', topicId),
      ),
    );
  const tagFilter = (kind: string, value: string) => (eb: Eb) =>
    eb.exists(
      eb
        .selectFrom('mention_tags as tg')
        .select('tg.mention_id')
        .whereRef('tg.mention_id', '=', 'mentions.id')
        .where('tg.kind', '=', kind)
        .where('tg.value', '=', value),
    );
  const region = f.region;
  if (region) query = query.where((eb: Eb) => eb.or([eb('mentions.region_label', '=', region), tagFilter('region', region)(eb)]));
  if (f.authorRegion) query = query.where(tagFilter('author_region', f.authorRegion));
  if (f.category) query = query.where(tagFilter('category', f.category));
  // Migration 0013's columns, named in SQL as mentions-read.ts does, so this file keeps the base schema types.
  if (f.event !== undefined) query = query.where(sql<boolean>`mentions.event_id = ${f.event}`);
  if (f.severity && f.severity.length > 0) query = query.where(sql<boolean>`mentions.severity IN (${sql.join([...f.severity])})`);
  return query;
}

function base(q: Q, workspaceId: number, f: SearchFilters, byId = false) {
  return filtered(q, workspaceId, f, byId).select([
    'mentions.id',
    'mentions.sort_at',
    'mentions.title',
    'mentions.text',
    'mentions.author',
    'mentions.url',
    'mentions.channel',
    'mentions.lang',
    'mentions.region_label',
    'mentions.sentiment_label',
    'mentions.reach',
    'mentions.duplicate_of',
    's.key as source_key',
    's.name as source_name',
  ]);
}

export const searchQueries = {
  /** Candidate rows among `ids` (in any order) that belong to the workspace and pass the filters; `regions`: with their region tags. */
  async rowsByIds(q: Q, workspaceId: number, f: SearchFilters, ids: readonly number[], regions = true): Promise<CandidateRow[]> {
    if (ids.length === 0) return [];
    const rows = await base(q, workspaceId, f, true)
      .where(inIds(q, 'mentions.id', ids))
      .execute();
    return regions ? withRegions(q, rows.map(toRow)) : rows.map(toRow);
  },

  /**
   * Ids of mentions passing the filters in page order — newest first (`time`) or widest reach first — strictly
   * after the keyset position `[key, id]`, at most `limit`; walks the (workspace, sort_at | reach, id) index.
   */
  async walk(
    q: Q,
    workspaceId: number,
    f: SearchFilters,
    order: 'time' | 'reach',
    after: readonly [number, number] | null,
    limit: number,
  ): Promise<{ id: number; key: number }[]> {
    const col = order === 'time' ? 'mentions.sort_at' : 'mentions.reach';
    let query = filtered(q, workspaceId, f).select(['mentions.id', `${col} as key`]);
    // A row-value comparison, so both planners start the index scan at the cursor instead of filtering up to it.
    if (after) query = query.where(sql<boolean>`(${sql.ref(col)}, mentions.id) < (${after[0]}, ${after[1]})`);
    const rows = await query.orderBy(col, 'desc').orderBy('mentions.id', 'desc').limit(limit).execute();
    return rows.map((r) => ({ id: Number(r.id), key: Number(r.key) }));
  },

  /** Up to `limit` rows passing the filters with id > afterId, by id: for queries no index can pre-select. */
  async scan(q: Q, workspaceId: number, f: SearchFilters, afterId: number, limit: number): Promise<CandidateRow[]> {
    const rows = await base(q, workspaceId, f).where('mentions.id', '>', afterId).orderBy('mentions.id').limit(limit).execute();
    return withRegions(q, rows.map(toRow));
  },

  /** Counts of tag values of one kind, or of topics, over the given mentions. */
  async countLabels(q: Q, workspaceId: number, kind: string | 'topic', ids: readonly number[]): Promise<Map<string, number>> {
    return (await searchQueries.countKinds(q, workspaceId, [kind], ids)).get(kind) ?? new Map();
  },

  /**
   * Counts of tag values of each kind (and of topics, kind `topic`) over the given mentions: one query for the tag
   * kinds and one for topics. Past a few thousand ids one pass over the workspace's labels of those kinds beats
   * thousands of id lookups.
   */
  async countKinds(q: Q, workspaceId: number, kinds: readonly string[], ids: readonly number[]): Promise<Map<string, Map<string, number>>> {
    const out = new Map<string, Map<string, number>>(kinds.map((k) => [k, new Map()]));
    if (ids.length === 0) return out;
    const add = (kind: string, value: string, n: number) => {
      const m = out.get(kind);
      if (m) m.set(value, (m.get(value) ?? 0) + n);
    };
    const tagKinds = kinds.filter((k) => k !== 'topic');
    if (ids.length > 5000) {
      const wanted = new Set(ids);
      if (kinds.includes('topic')) {
        const rows = await q
          .selectFrom('mention_topics')
          .select(['mention_id', 'topic_id as value'])
          .where('workspace_id', '=', workspaceId)
          .execute();
        for (const r of rows) if (wanted.has(Number(r.mention_id))) add('topic', String(r.value), 1);
      }
      if (tagKinds.length > 0) {
        const rows = await q
          .selectFrom('mention_tags')
          .select(['mention_id', 'kind', 'value'])
          .where('workspace_id', '=', workspaceId)
          .where('kind', 'in', tagKinds)
          .execute();
        for (const r of rows) if (wanted.has(Number(r.mention_id))) add(r.kind, r.value, 1);
      }
      return out;
    }
    if (kinds.includes('topic')) {
      const rows = await q
        .selectFrom('mention_topics')
        .select((eb) => [eb.cast<string>('topic_id', 'text').as('value'), eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where(inIds(q, 'mention_id', ids))
        .groupBy('topic_id')
        .execute();
      for (const r of rows) add('topic', String(r.value), Number(r.n));
    }
    if (tagKinds.length > 0) {
      const rows = await q
        .selectFrom('mention_tags')
        .select((eb) => ['kind', 'value', eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('kind', 'in', tagKinds)
        .where(inIds(q, 'mention_id', ids))
        .groupBy(['kind', 'value'])
        .execute();
      for (const r of rows) add(r.kind, r.value, Number(r.n));
    }
    return out;
  },

  /** Adds topic tags to mentions, skipping those already tagged; returns how many were added. */
  async tagTopic(q: Q, workspaceId: number, topicId: number, ids: readonly number[], now: number): Promise<number> {
    let added = 0;
    for (let i = 0; i < ids.length; i += 500) {
      const part = ids.slice(i, i + 500);
      const r = await q
        .insertInto('mention_topics')
        .values(part.map((id) => ({ workspace_id: workspaceId, mention_id: id, topic_id: topicId, matched_at: now })))
        .onConflict((oc) => oc.columns(['mention_id', 'topic_id']).doNothing())
        .executeTakeFirst();
      added += Number(r.numInsertedOrUpdatedRows ?? 0);
    }
    return added;
  },
};

type RawRow = Awaited<ReturnType<ReturnType<typeof base>['execute']>>[number];

function toRow(r: RawRow): CandidateRow {
  return {
    id: Number(r.id),
    sortAt: Number(r.sort_at),
    title: r.title,
    text: r.text,
    author: r.author,
    url: r.url,
    channel: r.channel,
    lang: r.lang,
    regionLabel: r.region_label,
    sourceKey: r.source_key,
    sourceName: r.source_name,
    sentiment: r.sentiment_label,
    reach: Number(r.reach),
    regions: [],
    duplicateOf: numOrNull(r.duplicate_of),
  };
}

async function withRegions(q: Q, rows: CandidateRow[]): Promise<CandidateRow[]> {
  if (rows.length === 0) return rows;
  const byId = new Map(rows.map((r) => [r.id, r]));
  const tags = await q
    .selectFrom('mention_tags')
    .select(['mention_id', 'value'])
    .where('kind', '=', 'region')
    .where(
      inIds(
        q,
        'mention_id',
        rows.map((r) => r.id),
      ),
    )
    .execute();
  for (const t of tags) byId.get(Number(t.mention_id))?.regions.push(t.value);
  return rows;
}
