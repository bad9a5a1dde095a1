/**
 * The dashboard's aggregations over a period [from, to) and an optional topic set, read from the rollups
 * (`dashboard-rollups.ts`): volume by hour or day split by sentiment and channel, share of voice per topic, the top
 * keywords, sources, authors, provinces and countries; and the newest high-risk mentions from `mentions` itself.
 * Periods are widened to whole hours. With a topic set, a mention is counted once per chosen topic it matches
 * (without one, once).
 */

import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, MentionsTable } from '../schema.js';
import { byGrain, coverDays, DAY, type GrainBucket, HOUR } from './dashboard-grains.js';
import { provinceNames, type RollupDim, withRollups } from './dashboard-rollups.js';
import type { Q } from './executor.js';

export interface DashboardScope {
  workspaceId: number;
  from: number;
  to: number;
  /** Chosen topics; empty = every mention of the workspace. */
  topicIds: readonly number[];
}

export interface VolumeRow {
  /** Hour bucket start (epoch ms). */
  at: number;
  channel: string;
  sentiment: string;
  n: number;
}

export interface Counted {
  value: string;
  n: number;
}

export type TopDim = Exclude<RollupDim, 'channel'>;
export const TOP_DIMS: readonly TopDim[] = ['keyword', 'source', 'author', 'province', 'country'];

const hours = (s: DashboardScope) => ({ from: Math.floor(s.from / HOUR) * HOUR, to: Math.ceil(s.to / HOUR) * HOUR });
const topicsOf = (s: DashboardScope): number[] => (s.topicIds.length === 0 ? [0] : [...new Set(s.topicIds)]);

/** The hourly volume rows of the period for these topics (0 = every mention). */
const hourlyVolume = (q: Q, s: DashboardScope, topicIds: number[]) => {
  const { from, to } = hours(s);
  return withRollups(q)
    .selectFrom('dashboard_rollups')
    .where('workspace_id', '=', s.workspaceId)
    .where('topic_id', 'in', topicIds)
    .where('dim', '=', 'channel')
    .where('grain', '=', 'h')
    .where('at', '>=', from)
    .where('at', '<', to);
};

export const dashboardQueries = {
  /** Hourly counts by channel and sentiment in the period (the caller buckets them by hour or day). */
  async volume(q: Q, s: DashboardScope): Promise<VolumeRow[]> {
    const rows = await hourlyVolume(q, s, topicsOf(s))
      .select((eb) => ['at', 'value', 'sentiment', eb.fn.sum<number>('n').as('n')])
      .groupBy(['at', 'value', 'sentiment'])
      .execute();
    return rows.map((r) => ({ at: Number(r.at), channel: r.value, sentiment: r.sentiment, n: Number(r.n) }));
  },

  /** Mentions per chosen topic in the period (share of voice): whole days from the coarse rollups, the ends hourly. */
  async perTopic(q: Q, s: DashboardScope, topicIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(topicIds.map((id) => [id, 0]));
    if (topicIds.length === 0) return out;
    const chosen = [...new Set(topicIds)];
    const { whole, ends } = split(s);
    const add = (rows: { topic_id: number; n: number }[]) => {
      for (const r of rows) out.set(Number(r.topic_id), (out.get(Number(r.topic_id)) ?? 0) + Number(r.n));
    };
    for (const [a, b] of ends)
      add(
        await hourlyVolume(q, { ...s, from: a, to: b }, chosen)
          .select((eb) => ['topic_id', eb.fn.sum<number>('n').as('n')])
          .groupBy('topic_id')
          .execute(),
      );
    for (const [grain, ats] of byGrain(whole))
      add(
        await withRollups(q)
          .selectFrom('dashboard_rollups')
          .select((eb) => ['topic_id', eb.fn.sum<number>('n').as('n')])
          .where('workspace_id', '=', s.workspaceId)
          .where('topic_id', 'in', chosen)
          .where('dim', '=', 'channel')
          .where('grain', '=', grain)
          .where('at', 'in', ats)
          .groupBy('topic_id')
          .execute(),
      );
    return out;
  },

  /**
   * The most frequent values of each dimension in the period, most first (ties by value): whole UTC days from the
   * day, week and four-week rollups, the partial days at either end from the mentions themselves. Exact, and bounded:
   * each bucket's most frequent values are read first (index on the count); a value missing from every such list
   * counts at most the sum of their last counts, so once the `limit`-th total is above that sum the answer is final;
   * otherwise the lists are read deeper (`topValues`).
   */
  async tops(q: Q, s: DashboardScope, limits: Readonly<Record<TopDim, number>>): Promise<Record<TopDim, Counted[]>> {
    const { whole, ends } = split(s);
    const edge = await edgeCounts(q, s, ends);
    const out = {} as Record<TopDim, Counted[]>;
    for (const dim of TOP_DIMS) out[dim] = await topValues(q, s, dim, whole, edge.get(dim) ?? new Map(), limits[dim]);
    return out;
  },

  /** The newest negative mentions in the period (of the chosen topics), with their reach. */
  async highRisk(q: Q, s: DashboardScope, limit: number) {
    let query = q
      .selectFrom('mentions as m')
      .innerJoin('sources as s', 's.id', 'm.source_id')
      .select([
        'm.id',
        'm.title',
        'm.text',
        'm.author',
        'm.channel',
        'm.sort_at',
        'm.reach',
        'm.url',
        's.name as source_name',
        's.key as source_key',
        // The level the events step stored (migration 0013), named in SQL as mentions-read.ts does.
        sql<number | null>`m.severity`.as('severity'),
      ])
      .where('m.workspace_id', '=', s.workspaceId)
      .where('m.sentiment_label', '=', 'negative')
      .where('m.sort_at', '>=', s.from)
      .where('m.sort_at', '<', s.to);
    if (s.topicIds.length > 0) query = query.where(inTopics([...new Set(s.topicIds)]));
    const rows = await query.orderBy('m.sort_at', 'desc').orderBy('m.id', 'desc').limit(limit).execute();
    return rows.map((r) => ({
      id: Number(r.id),
      title: r.title,
      text: r.text,
      author: r.author,
      channel: r.channel,
      at: Number(r.sort_at),
      reach: Number(r.reach),
      url: r.url,
      sourceName: r.source_name || r.source_key,
      severity: r.severity === null ? null : Number(r.severity),
    }));
  },

  /** Names of sources by id (for the top sources). */
  async sourceNames(q: Q, workspaceId: number, ids: readonly number[]): Promise<Map<number, string>> {
    if (ids.length === 0) return new Map();
    const rows = await q
      .selectFrom('sources')
      .select(['id', 'name', 'key'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids)
      .execute();
    return new Map(rows.map((r) => [Number(r.id), r.name || r.key]));
  },
};

const ranked = (totals: Map<string, number>, limit: number): Counted[] =>
  [...totals]
    .map(([value, n]) => ({ value, n }))
    .sort((a, b) => b.n - a.n || (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
    .slice(0, limit);

/** The period as whole days (covered by coarse buckets) and the hour-aligned partial days at either end. */
function split(s: DashboardScope): { whole: GrainBucket[]; ends: [number, number][] } {
  const { from, to } = hours(s);
  const d0 = Math.ceil(from / DAY) * DAY;
  const d1 = Math.floor(to / DAY) * DAY;
  if (d0 >= d1) return { whole: [], ends: [[from, to]] };
  const ends: [number, number][] = [
    [from, d0],
    [d1, to],
  ];
  return { whole: coverDays(d0, d1), ends: ends.filter(([a, b]) => a < b) };
}

/** First depth of each bucket's list, as a multiple of the limit; each retry reads four times deeper. */
const FIRST_DEPTH = 2;
const MIN_DEPTH = 16;

/** The top `limit` values of one dimension over these buckets plus the partial-day counts (threshold algorithm). */
async function topValues(
  q: Q,
  s: DashboardScope,
  dim: TopDim,
  whole: readonly GrainBucket[],
  ends: ReadonlyMap<string, number>,
  limit: number,
): Promise<Counted[]> {
  const topics = topicsOf(s);
  const lists = topics.flatMap((topic) => whole.map((b) => ({ topic, ...b })));
  if (lists.length === 0) return ranked(new Map(ends), limit);
  for (let depth = Math.max(MIN_DEPTH, limit * FIRST_DEPTH); ; depth *= 4) {
    const parts = lists.map(
      (l, i) =>
        sql<{ list: number; value: string; n: number }>`SELECT * FROM (SELECT ${sql.lit(i)} AS list, value, n FROM dashboard_rollups
          WHERE workspace_id = ${s.workspaceId} AND topic_id = ${l.topic} AND dim = ${dim} AND grain = ${l.grain} AND at = ${l.at}
          ORDER BY n DESC LIMIT ${depth}) AS b${sql.lit(i)}`,
    );
    const rows = (await sql<{ list: number; value: string; n: number }>`${sql.join(parts, sql` UNION ALL `)}`.execute(q)).rows;
    const read = lists.map(() => ({ count: 0, last: Number.POSITIVE_INFINITY, values: new Map<string, number>() }));
    const totals = new Map(ends);
    for (const r of rows) {
      const l = read[Number(r.list)] as (typeof read)[number];
      l.count++;
      l.last = Math.min(l.last, Number(r.n));
      l.values.set(r.value, Number(r.n));
      totals.set(r.value, (totals.get(r.value) ?? 0) + Number(r.n));
    }
    // A list read to its end holds none of the values it did not return; the others are looked up, by key.
    const open = read.map((l, i) => ({ ...l, i })).filter((l) => l.count >= depth);
    // A value in no list counts at most the last count of each list not read to its end.
    const unseenAtMost = open.reduce((sum, l) => sum + l.last, 0);
    const lookups = open.flatMap((l) => {
      const missing = [...totals.keys()].filter((v) => !l.values.has(v));
      return missing.length === 0 ? [] : [{ list: lists[l.i] as (typeof lists)[number], missing }];
    });
    for (const [v, n] of await lookUp(q, s, dim, lookups)) totals.set(v, (totals.get(v) ?? 0) + n);
    const top = ranked(totals, limit);
    if (open.length === 0 || (top.length === limit && (top.at(-1)?.n ?? 0) > unseenAtMost)) return top;
  }
}

/** The counts of these values in these buckets, by primary key, summed per value. */
async function lookUp(
  q: Q,
  s: DashboardScope,
  dim: TopDim,
  lookups: readonly { list: { topic: number; grain: string; at: number }; missing: string[] }[],
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const parts = lookups.flatMap(({ list: l, missing }) => {
    const chunks: string[][] = [];
    for (let i = 0; i < missing.length; i += 500) chunks.push(missing.slice(i, i + 500));
    return chunks.map(
      (chunk) => sql`SELECT value, n FROM dashboard_rollups WHERE workspace_id = ${s.workspaceId} AND topic_id = ${l.topic}
        AND dim = ${dim} AND grain = ${l.grain} AND at = ${l.at} AND value IN (${sql.join(chunk)})`,
    );
  });
  // Several statements, so none has more parameters than a backend takes.
  for (let i = 0; i < parts.length; i += 8) {
    const { rows } = await sql<{ value: string; n: number }>`${sql.join(parts.slice(i, i + 8), sql` UNION ALL `)}`.execute(q);
    for (const r of rows) out.set(r.value, (out.get(r.value) ?? 0) + Number(r.n));
  }
  return out;
}

/**
 * Counts per dimension and value of the mentions in these ranges, as the rollups count them (`dimensionValues`: once
 * per chosen topic matched, each value once per mention), aggregated by the database.
 */
async function edgeCounts(q: Q, s: DashboardScope, ranges: [number, number][]): Promise<Map<TopDim, Map<string, number>>> {
  const out = new Map<TopDim, Map<string, number>>(TOP_DIMS.map((d) => [d, new Map()]));
  const add = (dim: TopDim, value: string, n: number) => {
    const counts = out.get(dim) as Map<string, number>;
    counts.set(value, (counts.get(value) ?? 0) + n);
  };
  const chosen = s.topicIds.length > 0 ? [...new Set(s.topicIds)] : undefined;
  const topicJoin = chosen ? sql`JOIN mention_topics mt ON mt.mention_id = m.id AND mt.topic_id IN (${sql.join(chosen)})` : sql``;
  const perTopic = chosen ? sql`, mt.topic_id` : sql``;
  type Row = { value: string | number; n: number };
  for (const [a, b] of ranges) {
    const from = sql`FROM mentions m ${topicJoin}`;
    const where = sql`m.workspace_id = ${s.workspaceId} AND m.sort_at >= ${a} AND m.sort_at < ${b}`;
    const [sources, authors, keywords, regions, inChina] = await Promise.all([
      sql<Row>`SELECT m.source_id AS value, count(*) AS n ${from} WHERE ${where} GROUP BY m.source_id`.execute(q),
      sql<Row>`SELECT m.author AS value, count(*) AS n ${from} WHERE ${where} AND m.author <> '' GROUP BY m.author`.execute(q),
      sql<Row>`SELECT t.value AS value, count(*) AS n ${from} JOIN mention_tags t ON t.mention_id = m.id AND t.kind = 'keyword'
        WHERE ${where} GROUP BY t.value`.execute(q),
      sql<Row>`SELECT value, count(*) AS n FROM (SELECT DISTINCT m.id${perTopic}, t.value ${from}
        JOIN mention_tags t ON t.mention_id = m.id AND t.kind IN ('region', 'author_region') WHERE ${where}) AS r GROUP BY value`.execute(
        q,
      ),
      sql<{ n: number }>`SELECT count(*) AS n FROM (SELECT DISTINCT m.id${perTopic} ${from}
        JOIN mention_tags t ON t.mention_id = m.id AND t.kind IN ('region', 'author_region') AND t.value IN (${sql.join([...provinceNames, '国家:中国'])})
        WHERE ${where}) AS r`.execute(q),
    ]);
    for (const r of sources.rows) add('source', String(r.value), Number(r.n));
    for (const r of authors.rows) add('author', String(r.value), Number(r.n));
    for (const r of keywords.rows) add('keyword', String(r.value), Number(r.n));
    for (const r of regions.rows) {
      const v = String(r.value);
      // China is counted with the provinces (below), once per mention.
      if (v.startsWith('国家:')) {
        if (v !== '国家:中国') add('country', v.slice(3), Number(r.n));
      } else if (provinceNames.has(v)) add('province', v, Number(r.n));
    }
    const china = Number(inChina.rows[0]?.n ?? 0);
    if (china > 0) add('country', '中国', china);
  }
  return out;
}

/** Mentions (`m`) matching any of these topics. */
const inTopics = (topicIds: number[]) => (eb: ExpressionBuilder<Database & { m: MentionsTable }, 'm'>) =>
  eb.exists(
    eb.selectFrom('mention_topics as t').select('t.mention_id').whereRef('t.mention_id', '=', 'm.id').where('t.topic_id', 'in', topicIds),
  );
