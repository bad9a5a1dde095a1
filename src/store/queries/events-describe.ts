/**
 * What describing an event reads and writes: its members (the newest, with their analysis, for title and keywords),
 * the figures severity counts over all of them (with their categories), and the computed title, keywords, status,
 * severity and its history.
 */
import { sql } from 'kysely';
import { withEvents } from './events-tables.js';
import type { Q } from './executor.js';

export interface MemberRow {
  id: number;
  title: string;
  text: string;
  sortAt: number;
  analysis: string;
  channel: string | null;
  parentId: number | null;
  duplicateOf: number | null;
}

/** The newest `limit` members of an event, and its origin. */
export async function eventMembers(q: Q, ws: number, eventId: number, limit: number, origin: number | null): Promise<MemberRow[]> {
  const k = withEvents(q);
  const base = k
    .selectFrom('mentions')
    .select(['id', 'title', 'text', 'sort_at', 'analysis', 'channel', 'parent_id', 'duplicate_of'])
    .where('workspace_id', '=', ws);
  const rows = await base.where('event_id', '=', eventId).orderBy('sort_at', 'desc').orderBy('id', 'desc').limit(limit).execute();
  if (origin !== null && !rows.some((r) => Number(r.id) === origin)) {
    const o = await base.where('id', '=', origin).where('event_id', '=', eventId).executeTakeFirst();
    if (o) rows.push(o);
  }
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    text: r.text,
    sortAt: Number(r.sort_at),
    analysis: r.analysis,
    channel: r.channel,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    duplicateOf: r.duplicate_of === null ? null : Number(r.duplicate_of),
  }));
}

export interface SeverityRow {
  id: number;
  sortAt: number;
  sentiment: string | null;
  reach: number;
  channel: string | null;
  url: string | null;
  author: string | null;
  followers: number | null;
  sourceKey: string;
  categories: string[];
}

/** The figures of an event's newest `limit` members that severity counts, with their categories. */
export async function severityRows(q: Q, ws: number, eventId: number, limit: number): Promise<SeverityRow[]> {
  const k = withEvents(q);
  const rows = await k
    .selectFrom('mentions as m')
    .innerJoin('sources as s', 's.id', 'm.source_id')
    .select(['m.id', 'm.sort_at', 'm.sentiment_label', 'm.reach', 'm.channel', 'm.url', 'm.author', 'm.author_followers', 's.key'])
    .where('m.workspace_id', '=', ws)
    .where('m.event_id', '=', eventId)
    .orderBy('m.sort_at', 'desc')
    .limit(limit)
    .execute();
  const tags = await sql<{ mention_id: number; value: string }>`SELECT t.mention_id, t.value FROM mention_tags t
      JOIN mentions m ON m.id = t.mention_id
      WHERE m.workspace_id = ${ws} AND m.event_id = ${eventId} AND t.workspace_id = ${ws} AND t.kind = 'category'`.execute(q);
  const cats = new Map<number, string[]>();
  for (const t of tags.rows) {
    const id = Number(t.mention_id);
    const list = cats.get(id);
    if (list) list.push(t.value);
    else cats.set(id, [t.value]);
  }
  return rows.map((r) => ({
    id: Number(r.id),
    sortAt: Number(r.sort_at),
    sentiment: r.sentiment_label,
    reach: Number(r.reach),
    channel: r.channel,
    url: r.url,
    author: r.author,
    followers: r.author_followers === null ? null : Number(r.author_followers),
    sourceKey: r.key,
    categories: cats.get(Number(r.id)) ?? [],
  }));
}

export interface DescribeTarget {
  id: number;
  count: number;
  firstAt: number;
  lastAt: number;
  origin: number | null;
  terms: string;
  severityLevel: number | null;
  overrideLevel: number | null;
  history: string;
}

/** Events due for describing: of `ids`, those grown enough since last described; and open events not described since `staleBefore`. */
export async function describeTargets(
  q: Q,
  ws: number,
  ids: readonly number[],
  staleBefore: number,
  staleLimit: number,
): Promise<DescribeTarget[]> {
  const k = withEvents(q);
  const cols = [
    'id',
    'mention_count',
    'first_at',
    'last_at',
    'origin_mention_id',
    'terms',
    'severity_level',
    'override_level',
    'severity_history',
    'described_count',
  ] as const;
  const named =
    ids.length === 0
      ? []
      : await k
          .selectFrom('events')
          .select(cols)
          .where('workspace_id', '=', ws)
          .where('id', 'in', [...ids])
          .where('merged_into', 'is', null)
          .execute();
  const due = named.filter((r) => {
    const n = Number(r.mention_count);
    const d = Number(r.described_count);
    // Grown by a fifth (at least 5 mentions) since last described: a large event is described once in a while.
    return d === 0 || n >= Math.max(d * 1.2, d + 5);
  });
  const stale = await k
    .selectFrom('events')
    .select(cols)
    .where('workspace_id', '=', ws)
    .where('open', '=', 1)
    .where('merged_into', 'is', null)
    .where('described_at', '<', staleBefore)
    .orderBy('described_at')
    .limit(staleLimit)
    .execute();
  const seen = new Set<number>();
  return [...due, ...stale]
    .filter((r) => !seen.has(Number(r.id)) && seen.add(Number(r.id)) !== undefined)
    .map((r) => ({
      id: Number(r.id),
      count: Number(r.mention_count),
      firstAt: Number(r.first_at),
      lastAt: Number(r.last_at),
      origin: r.origin_mention_id === null ? null : Number(r.origin_mention_id),
      terms: r.terms,
      severityLevel: r.severity_level === null ? null : Number(r.severity_level),
      overrideLevel: r.override_level === null ? null : Number(r.override_level),
      history: r.severity_history,
    }));
}

export interface Described {
  title: string;
  keywords: string[];
  status: string;
  lastHour: number;
  level: number;
  score: number;
  factors: string;
  history: string;
  count: number;
}

export async function writeDescribed(q: Q, ws: number, id: number, d: Described, now: number): Promise<void> {
  await withEvents(q)
    .updateTable('events')
    .set({
      title: d.title,
      keywords: JSON.stringify(d.keywords),
      status: d.status,
      last_hour: d.lastHour,
      severity_level: d.level,
      severity_score: d.score,
      severity_factors: d.factors,
      severity_history: d.history,
      shown_level: sql<number>`COALESCE(override_level, ${d.level})`,
      described_count: d.count,
      described_at: now,
    })
    .where('workspace_id', '=', ws)
    .where('id', '=', id)
    .execute();
}
