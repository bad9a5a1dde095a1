/**
 * The dashboard's rollups (`dashboard_rollups`, migration 0012): per workspace, topic (0 = every mention), dimension,
 * grain, bucket start, value and sentiment, how many mentions. Volume rows (`channel`, split by sentiment) are hourly
 * (grain `h`); channel, keyword, source, author, province and country rows are per UTC day, week and four-week block
 * (grains `d`, `w`, `M`, migration 0016), and a period's partial days are counted from the hourly rows (volume) or
 * the mentions themselves (`dashboard.ts`) with the same `dimensionValues`.
 *
 * A mention is counted once: `recordRollups` claims a workspace's mentions whose `rolled_up` flag is 0 (setting it in
 * the same statement, so two callers never count one mention twice and a mention committed later is claimed later),
 * then adds their counts. The pipeline calls it after each stored batch (`pipeline/after-store/rollups-step.ts`), which
 * also counts mentions stored by any other path (imports of old data) the next time that workspace stores a batch.
 */
import { type Kysely, sql } from 'kysely';
import { PROVINCES } from '../../nlp/regions/provinces.js';
import type { Database } from '../schema.js';
import { bucketStart, COARSE_GRAINS, HOUR } from './dashboard-grains.js';
import type { Q } from './executor.js';

export interface DashboardRollupsTable {
  workspace_id: number;
  topic_id: number;
  grain: string;
  at: number;
  dim: string;
  value: string;
  sentiment: string;
  n: number;
}

/** The tables and column this file adds to the schema types (migration 0012). */
export type DashboardTables = {
  dashboard_rollups: DashboardRollupsTable;
  mentions: { rolled_up: number };
};

export type RollupDim = 'channel' | 'keyword' | 'source' | 'author' | 'province' | 'country';

export { DAY, HOUR } from './dashboard-grains.js';

/** Mention ids per IN list. */
const CHUNK = 2000;
/** Mentions claimed per round: when counting many (a backfill), fewer, larger rounds write each rollup row fewer times. */
const ROUND = 20_000;

export const provinceNames: ReadonlySet<string> = new Set(PROVINCES.map((p) => p.name));

/** What one mention contributes, read from its row and its tags. */
export interface RollupFacts {
  sortAt: number;
  sentiment: string | null;
  channel: string | null;
  sourceId: number;
  author: string | null;
  topicIds: readonly number[];
  tags: readonly { kind: string; value: string }[];
}

type Entry = Omit<DashboardRollupsTable, 'workspace_id'>;

/** What one mention counts under in each dimension but volume (pure). */
export function dimensionValues(m: Pick<RollupFacts, 'sourceId' | 'author' | 'tags'>): [Exclude<RollupDim, 'channel'>, string][] {
  const dims: [Exclude<RollupDim, 'channel'>, string][] = [['source', String(m.sourceId)]];
  if (m.author) dims.push(['author', m.author]);
  const keywords = new Set<string>();
  const provinces = new Set<string>();
  const countries = new Set<string>();
  for (const t of m.tags) {
    if (t.kind === 'keyword') keywords.add(t.value);
    else if (t.kind === 'region' || t.kind === 'author_region') {
      if (t.value.startsWith('国家:')) countries.add(t.value.slice(3));
      else if (provinceNames.has(t.value)) provinces.add(t.value);
    }
  }
  // A mention about a province is about China on the world map.
  if (provinces.size > 0) countries.add('中国');
  for (const k of keywords) dims.push(['keyword', k]);
  for (const p of provinces) dims.push(['province', p]);
  for (const c of countries) dims.push(['country', c]);
  return dims;
}

/**
 * The rollup rows one mention adds to (pure), per topic and for all: its hourly volume row (by channel and sentiment);
 * and per day, week and four-week block (`dashboard-grains.ts`) one channel row and its dimension rows.
 */
export function rollupEntries(m: RollupFacts): Entry[] {
  const hour = Math.floor(m.sortAt / HOUR) * HOUR;
  const dims: [RollupDim, string][] = [['channel', m.channel ?? ''], ...dimensionValues(m)];
  const out: Entry[] = [];
  for (const topic of [0, ...new Set(m.topicIds)]) {
    out.push({ topic_id: topic, grain: 'h', at: hour, dim: 'channel', value: m.channel ?? '', sentiment: m.sentiment ?? '', n: 1 });
    for (const grain of COARSE_GRAINS) {
      const at = bucketStart(grain, m.sortAt);
      for (const [dim, value] of dims) out.push({ topic_id: topic, grain, at, dim, value, sentiment: '', n: 1 });
    }
  }
  return out;
}

export const withRollups = (q: Q): Kysely<Database & DashboardTables> => q.withTables<DashboardTables>();

/** Adds the counts (summed first, so each rollup row is written once). */
export async function addRollups(q: Q, workspaceId: number, facts: readonly RollupFacts[]): Promise<void> {
  const sums = new Map<string, Entry>();
  for (const f of facts)
    for (const e of rollupEntries(f)) {
      const key = `${e.topic_id}\u0000${e.grain}\u0000${e.at}\u0000${e.dim}\u0000${e.value}\u0000${e.sentiment}`;
      const seen = sums.get(key);
      if (seen) seen.n += e.n;
      else sums.set(key, { ...e });
    }
  // In key order, so two transactions adding to the same rows lock them in the same order (no deadlock on PostgreSQL).
  const rows = [...sums.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)).map(([, e]) => ({ workspace_id: workspaceId, ...e }));
  const k = withRollups(q);
  for (let i = 0; i < rows.length; i += 1000)
    await k
      .insertInto('dashboard_rollups')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'topic_id', 'dim', 'grain', 'at', 'value', 'sentiment']).doUpdateSet({
          n: sql<number>`dashboard_rollups.n + excluded.n`,
        }),
      )
      .execute();
}

/**
 * Counts every mention of these workspaces not counted yet, and returns how many it counted. The pipeline calls it in
 * its commit transaction; called outside one, each round of claims and counts is its own transaction. `limit` bounds
 * the work of one call (the rest waits for the next).
 */
export async function recordRollups(q: Q, workspaceIds: readonly number[], limit = Number.POSITIVE_INFINITY): Promise<number> {
  let counted = 0;
  for (const ws of new Set(workspaceIds)) {
    while (counted < limit) {
      const max = Math.min(ROUND, limit - counted);
      const n = q.isTransaction ? await rollRound(q, ws, max) : await q.transaction().execute((trx) => rollRound(trx, ws, max));
      if (n === 0) break;
      counted += n;
    }
  }
  return counted;
}

async function rollRound(q: Q, ws: number, max: number): Promise<number> {
  const k = withRollups(q);
  const claimed = await k
    .updateTable('mentions')
    .set({ rolled_up: 1 })
    .where('id', 'in', (eb) =>
      eb.selectFrom('mentions').select('id').where('workspace_id', '=', ws).where('rolled_up', '=', 0).orderBy('id').limit(max),
    )
    .where('rolled_up', '=', 0)
    .returning(['id', 'sort_at', 'sentiment_label', 'channel', 'source_id', 'author'])
    .execute();
  if (claimed.length === 0) return 0;
  await addRollups(q, ws, await factsOf(q, claimed));
  return claimed.length;
}

interface FactRow {
  id: number;
  sort_at: number;
  sentiment_label: string | null;
  channel: string | null;
  source_id: number;
  author: string | null;
}

/** The rollup facts of these mention rows: their keyword and region tags and their topics, read in chunks. */
export async function factsOf(q: Q, mentions: readonly FactRow[], chosenTopics?: readonly number[]): Promise<RollupFacts[]> {
  const tagsOf = new Map<number, { kind: string; value: string }[]>();
  const topicsOf = new Map<number, number[]>();
  for (let i = 0; i < mentions.length; i += CHUNK) {
    const ids = mentions.slice(i, i + CHUNK).map((m) => Number(m.id));
    let topics = q.selectFrom('mention_topics').select(['mention_id', 'topic_id']).where('mention_id', 'in', ids);
    if (chosenTopics) topics = topics.where('topic_id', 'in', chosenTopics);
    const [tags, matched] = await Promise.all([
      q
        .selectFrom('mention_tags')
        .select(['mention_id', 'kind', 'value'])
        .where('mention_id', 'in', ids)
        .where('kind', 'in', ['keyword', 'region', 'author_region'])
        .execute(),
      topics.execute(),
    ]);
    groupInto(tagsOf, tags, (t) => ({ kind: t.kind, value: t.value }));
    groupInto(topicsOf, matched, (t) => Number(t.topic_id));
  }
  return mentions.map((m) => ({
    sortAt: Number(m.sort_at),
    sentiment: m.sentiment_label,
    channel: m.channel,
    sourceId: Number(m.source_id),
    author: m.author,
    topicIds: topicsOf.get(Number(m.id)) ?? [],
    tags: tagsOf.get(Number(m.id)) ?? [],
  }));
}

function groupInto<R extends { mention_id: number }, T>(out: Map<number, T[]>, rows: readonly R[], pick: (r: R) => T): void {
  for (const r of rows) {
    const id = Number(r.mention_id);
    const list = out.get(id);
    if (list) list.push(pick(r));
    else out.set(id, [pick(r)]);
  }
}
