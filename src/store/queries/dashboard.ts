/**
 * The dashboard's aggregations over a period [from, to) and an optional topic set, read from the rollups
 * (`dashboard-rollups.ts`): volume by hour or day split by sentiment and channel, share of voice per topic, the top
 * keywords, sources, authors, provinces and countries; and the newest high-risk mentions from `mentions` itself.
 * Periods are widened to whole hours. With a topic set, a mention is counted once per chosen topic it matches
 * (without one, once).
 */

import { type ExpressionBuilder, sql } from 'kysely';
import type { Database, MentionsTable } from '../schema.js';
import { DAY, dimensionValues, factsOf, HOUR, type RollupDim, withRollups } from './dashboard-rollups.js';
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

  /** Mentions per chosen topic in the period (share of voice). */
  async perTopic(q: Q, s: DashboardScope, topicIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(topicIds.map((id) => [id, 0]));
    if (topicIds.length === 0) return out;
    const rows = await hourlyVolume(q, s, [...new Set(topicIds)])
      .select((eb) => ['topic_id', eb.fn.sum<number>('n').as('n')])
      .groupBy('topic_id')
      .execute();
    for (const r of rows) out.set(Number(r.topic_id), Number(r.n));
    return out;
  },

  /**
   * The most frequent values of each dimension in the period, most first (ties by value): whole UTC days from the
   * daily rollups, the partial days at either end from the mentions themselves. Exact: a value outside a day list
   * whose end counts could lift it into the top is looked up.
   */
  async tops(q: Q, s: DashboardScope, limits: Readonly<Record<TopDim, number>>): Promise<Record<TopDim, Counted[]>> {
    const { from, to } = hours(s);
    const d0 = Math.ceil(from / DAY) * DAY;
    const d1 = Math.floor(to / DAY) * DAY;
    const days = d0 < d1;
    const edges: [number, number][] = days
      ? [
          [from, d0],
          [d1, to],
        ]
      : [[from, to]];
    const edge = await edgeCounts(
      q,
      s,
      edges.filter(([a, b]) => a < b),
    );
    const out = {} as Record<TopDim, Counted[]>;
    for (const dim of TOP_DIMS) {
      const limit = limits[dim];
      const ends = edge.get(dim) ?? new Map<string, number>();
      const wanted = limit * 2;
      const listed = days ? await dayCounts(q, s, dim, d0, d1, { limit: wanted }) : new Map<string, number>();
      const full = listed.size >= wanted;
      // A value not listed counts at most `ceiling` on the whole days.
      const ceiling = full ? Math.min(...listed.values()) : 0;
      const totals = new Map(listed);
      for (const [v, n] of ends) totals.set(v, (totals.get(v) ?? 0) + n);
      const bar = ranked(totals, limit).at(-1)?.n ?? 0;
      const unsure = [...ends].filter(([v, n]) => !listed.has(v) && full && n + ceiling >= bar).map(([v]) => v);
      if (unsure.length > 0)
        for (const [v, n] of await dayCounts(q, s, dim, d0, d1, { values: unsure })) totals.set(v, (totals.get(v) ?? 0) + n);
      out[dim] = ranked(totals, limit);
    }
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

/** Daily rollup counts of one dimension over whole days [d0, d1): the top `limit`, or those of `values`. */
async function dayCounts(
  q: Q,
  s: DashboardScope,
  dim: TopDim,
  d0: number,
  d1: number,
  pick: { limit: number } | { values: string[] },
): Promise<Map<string, number>> {
  const out = new Map<string, number>();
  const base = withRollups(q)
    .selectFrom('dashboard_rollups')
    .select((eb) => ['value', eb.fn.sum<number>('n').as('total')])
    .where('workspace_id', '=', s.workspaceId)
    .where('topic_id', 'in', topicsOf(s))
    .where('dim', '=', dim)
    .where('grain', '=', 'd')
    .where('at', '>=', d0)
    .where('at', '<', d1)
    .groupBy('value');
  if ('limit' in pick) {
    const rows = await base.orderBy('total', 'desc').orderBy('value').limit(pick.limit).execute();
    for (const r of rows) out.set(r.value, Number(r.total));
    return out;
  }
  for (let i = 0; i < pick.values.length; i += 500) {
    const rows = await base.where('value', 'in', pick.values.slice(i, i + 500)).execute();
    for (const r of rows) out.set(r.value, Number(r.total));
  }
  return out;
}

/** Counts per dimension and value of the mentions in these ranges (per chosen topic matched, as the rollups count). */
async function edgeCounts(q: Q, s: DashboardScope, ranges: [number, number][]): Promise<Map<TopDim, Map<string, number>>> {
  const out = new Map<TopDim, Map<string, number>>();
  const chosen = s.topicIds.length > 0 ? [...new Set(s.topicIds)] : undefined;
  for (const [a, b] of ranges) {
    let query = q
      .selectFrom('mentions as m')
      .select(['m.id', 'm.sort_at', 'm.sentiment_label', 'm.channel', 'm.source_id', 'm.author'])
      .where('m.workspace_id', '=', s.workspaceId)
      .where('m.sort_at', '>=', a)
      .where('m.sort_at', '<', b);
    if (chosen) query = query.where(inTopics(chosen));
    const facts = await factsOf(q, await query.execute(), chosen);
    for (const f of facts) {
      const weight = chosen ? f.topicIds.length : 1;
      for (const [dim, value] of dimensionValues(f)) {
        const counts = out.get(dim) ?? new Map<string, number>();
        counts.set(value, (counts.get(value) ?? 0) + weight);
        out.set(dim, counts);
      }
    }
  }
  return out;
}

/** Mentions (`m`) matching any of these topics. */
const inTopics = (topicIds: number[]) => (eb: ExpressionBuilder<Database & { m: MentionsTable }, 'm'>) =>
  eb.exists(
    eb.selectFrom('mention_topics as t').select('t.mention_id').whereRef('t.mention_id', '=', 'm.id').where('t.topic_id', 'in', topicIds),
  );
