/**
 * Reading a workspace's events: one list page (filters by status, shown level, topic, period and words; sorted by
 * severity, recency or size with a keyset position), the per-event counts a list shows (sentiment, channels, topics),
 * one event's row, and what its page is built from (members, regions, corrections, related events).
 */
import { type Selectable, sql } from 'kysely';
import { type EventsTable, withEvents } from './events-tables.js';
import type { Q } from './executor.js';

export type EventSort = 'severity' | 'recent' | 'size';

export interface EventFilters {
  status?: readonly string[] | undefined;
  severity?: readonly number[] | undefined;
  topic?: number | undefined;
  from?: number | undefined;
  to?: number | undefined;
  q?: string | undefined;
  sort: EventSort;
  /** An event whose last mention is before this has ended, whatever status was last stored. */
  endedBefore: number;
}

export type EventRow = Selectable<EventsTable>;

/** The keyset of a sort: its key values then the id. */
export function sortKey(e: EventRow, sort: EventSort): number[] {
  if (sort === 'severity') return [Number(e.shown_level ?? 5), Number(e.last_at), Number(e.id)];
  if (sort === 'recent') return [Number(e.last_at), Number(e.id)];
  return [Number(e.mention_count), Number(e.id)];
}

export async function listEvents(q: Q, ws: number, f: EventFilters, limit: number, after?: readonly number[]): Promise<EventRow[]> {
  let query = withEvents(q).selectFrom('events').selectAll().where('workspace_id', '=', ws).where('merged_into', 'is', null);
  if (f.status && f.status.length > 0) {
    const wanted = [...f.status];
    const ended = wanted.includes('ended');
    const live = wanted.filter((x) => x !== 'ended');
    query = query.where((eb) =>
      eb.or([
        ...(ended ? [eb('status', '=', 'ended'), eb('last_at', '<', f.endedBefore)] : []),
        ...(live.length > 0 ? [eb.and([eb('status', 'in', live), eb('last_at', '>=', f.endedBefore)])] : []),
      ]),
    );
  }
  if (f.severity && f.severity.length > 0) query = query.where('shown_level', 'in', [...f.severity]);
  if (f.from !== undefined) query = query.where('last_at', '>=', f.from);
  if (f.to !== undefined) query = query.where('first_at', '<', f.to);
  if (f.q) {
    const like = `%${f.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    query = query.where(sql<boolean>`(COALESCE(title_set, title) LIKE ${like} ESCAPE '\\' OR keywords LIKE ${like} ESCAPE '\\')`);
  }
  if (f.topic !== undefined) {
    const topic = f.topic;
    query = query.where(({ exists, selectFrom }) =>
      exists(
        selectFrom('mention_topics as mt')
          .innerJoin('mentions as m', 'm.id', 'mt.mention_id')
          .select('mt.mention_id')
          .where('mt.workspace_id', '=', ws)
          .where('mt.topic_id', '=', topic)
          .where(sql<boolean>`m.event_id = events.id`),
      ),
    );
  }
  if (f.sort === 'severity') {
    const level = sql<number>`COALESCE(shown_level, 5)`;
    if (after && after.length === 3) {
      const [l, at, id] = after as [number, number, number];
      query = query.where(sql<boolean>`(${level} > ${l} OR (${level} = ${l} AND (last_at < ${at} OR (last_at = ${at} AND id < ${id}))))`);
    }
    query = query.orderBy(level).orderBy('last_at', 'desc').orderBy('id', 'desc');
  } else {
    const col = f.sort === 'recent' ? 'last_at' : 'mention_count';
    if (after && after.length === 2) {
      const [v, id] = after as [number, number];
      query = query.where((eb) => eb.or([eb(col, '<', v), eb.and([eb(col, '=', v), eb('id', '<', id)])]));
    }
    query = query.orderBy(col, 'desc').orderBy('id', 'desc');
  }
  return query.limit(limit).execute();
}

export async function getEvent(q: Q, ws: number, id: number): Promise<EventRow | undefined> {
  return withEvents(q).selectFrom('events').selectAll().where('workspace_id', '=', ws).where('id', '=', id).executeTakeFirst();
}

export interface EventCounts {
  sentiment: { positive: number; neutral: number; negative: number };
  channels: { channel: string; count: number }[];
  topics: { id: number; name: string }[];
}

/** Sentiment mix, channels and topics of these events' mentions. */
export async function eventCounts(q: Q, ws: number, ids: readonly number[]): Promise<Map<number, EventCounts>> {
  const out = new Map<number, EventCounts>();
  for (const id of ids) out.set(id, { sentiment: { positive: 0, neutral: 0, negative: 0 }, channels: [], topics: [] });
  if (ids.length === 0) return out;
  const k = withEvents(q);
  const [bySentiment, byChannel, byTopic] = await Promise.all([
    k
      .selectFrom('mentions')
      .select(['event_id', 'sentiment_label', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .where('event_id', 'in', [...ids])
      .groupBy(['event_id', 'sentiment_label'])
      .execute(),
    k
      .selectFrom('mentions')
      .select(['event_id', 'channel', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .where('event_id', 'in', [...ids])
      .groupBy(['event_id', 'channel'])
      .execute(),
    k
      .selectFrom('mentions as m')
      .innerJoin('mention_topics as mt', 'mt.mention_id', 'm.id')
      .innerJoin('topics as t', 't.id', 'mt.topic_id')
      .select(['m.event_id', 't.id', 't.name'])
      .distinct()
      .where('m.workspace_id', '=', ws)
      .where('m.event_id', 'in', [...ids])
      .execute(),
  ]);
  for (const r of bySentiment) {
    const c = out.get(Number(r.event_id));
    const s = r.sentiment_label;
    if (c && (s === 'positive' || s === 'neutral' || s === 'negative')) c.sentiment[s] += Number(r.n);
  }
  for (const r of byChannel) out.get(Number(r.event_id))?.channels.push({ channel: r.channel ?? '', count: Number(r.n) });
  for (const c of out.values()) c.channels.sort((a, b) => b.count - a.count || a.channel.localeCompare(b.channel));
  for (const r of byTopic) out.get(Number(r.event_id))?.topics.push({ id: Number(r.id), name: r.name });
  for (const c of out.values()) c.topics.sort((a, b) => a.id - b.id);
  return out;
}

export interface DetailMention {
  id: number;
  title: string;
  author: string | null;
  sourceId: number;
  sourceName: string;
  channel: string | null;
  sortAt: number;
  url: string | null;
  canonicalUrl: string | null;
  reach: number;
  sentiment: string | null;
  parentId: number | null;
  duplicateOf: number | null;
}

/** An event's newest `limit` mentions, with what its page shows of each. */
export async function detailMentions(q: Q, ws: number, id: number, limit: number): Promise<DetailMention[]> {
  const rows = await withEvents(q)
    .selectFrom('mentions as m')
    .innerJoin('sources as s', 's.id', 'm.source_id')
    .select([
      'm.id',
      'm.title',
      'm.author',
      'm.source_id',
      's.name as source_name',
      'm.channel',
      'm.sort_at',
      'm.url',
      'm.canonical_url',
      'm.reach',
      'm.sentiment_label',
      'm.parent_id',
      'm.duplicate_of',
    ])
    .where('m.workspace_id', '=', ws)
    .where('m.event_id', '=', id)
    .orderBy('m.sort_at', 'desc')
    .orderBy('m.id', 'desc')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    author: r.author,
    sourceId: Number(r.source_id),
    sourceName: r.source_name,
    channel: r.channel,
    sortAt: Number(r.sort_at),
    url: r.url,
    canonicalUrl: r.canonical_url,
    reach: Number(r.reach),
    sentiment: r.sentiment_label,
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    duplicateOf: r.duplicate_of === null ? null : Number(r.duplicate_of),
  }));
}

/** Region labels of an event's mentions (place named, or the author's), with how many mentions carry each. */
export async function eventRegions(q: Q, ws: number, id: number): Promise<{ value: string; count: number }[]> {
  const { rows } = await sql<{ value: string; n: number }>`SELECT t.value, COUNT(DISTINCT t.mention_id) AS n FROM mention_tags t
      JOIN mentions m ON m.id = t.mention_id
      WHERE m.workspace_id = ${ws} AND m.event_id = ${id} AND t.workspace_id = ${ws} AND t.kind IN ('region', 'author_region')
      GROUP BY t.value`.execute(q);
  return rows.map((r) => ({ value: r.value, count: Number(r.n) }));
}

export interface CorrectionRow {
  id: number;
  eventId: number;
  kind: string;
  by: string | null;
  at: number;
  payload: Record<string, unknown>;
}

/** Corrections of these events, oldest first, with the username of who made each. */
export async function correctionsOf(q: Q, ws: number, ids: readonly number[]): Promise<CorrectionRow[]> {
  if (ids.length === 0) return [];
  const rows = await withEvents(q)
    .selectFrom('event_corrections as c')
    .leftJoin('users as u', 'u.id', 'c.user_id')
    .select(['c.id', 'c.event_id', 'c.kind', 'c.at', 'c.payload', 'u.username'])
    .where('c.workspace_id', '=', ws)
    .where('c.event_id', 'in', [...ids])
    .orderBy('c.id')
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    eventId: Number(r.event_id),
    kind: r.kind,
    by: r.username ?? null,
    at: Number(r.at),
    payload: parseObject(r.payload),
  }));
}

/** Events merged into this one, and events split off it or it was split from. */
export async function relatedEvents(q: Q, ws: number, id: number): Promise<{ id: number; title: string; relation: 'merged' | 'split' }[]> {
  const k = withEvents(q);
  const merged = await k
    .selectFrom('events')
    .select(['id', 'title', 'title_set'])
    .where('workspace_id', '=', ws)
    .where('merged_into', '=', id)
    .orderBy('id')
    .execute();
  const splits = await k
    .selectFrom('event_corrections')
    .select(['event_id', 'payload'])
    .where('workspace_id', '=', ws)
    .where('kind', '=', 'split')
    .execute();
  const splitIds = new Set<number>();
  for (const s of splits) {
    const to = Number(parseObject(s.payload).to);
    if (Number(s.event_id) === id && Number.isFinite(to)) splitIds.add(to);
    else if (to === id) splitIds.add(Number(s.event_id));
  }
  const split =
    splitIds.size === 0
      ? []
      : await k
          .selectFrom('events')
          .select(['id', 'title', 'title_set'])
          .where('workspace_id', '=', ws)
          .where('id', 'in', [...splitIds])
          .execute();
  return [
    ...merged.map((e) => ({ id: Number(e.id), title: e.title_set ?? e.title, relation: 'merged' as const })),
    ...split.map((e) => ({ id: Number(e.id), title: e.title_set ?? e.title, relation: 'split' as const })),
  ];
}

export async function usernameOf(q: Q, userId: number | null): Promise<string | null> {
  if (userId === null) return null;
  const r = await q.selectFrom('users').select('username').where('id', '=', userId).executeTakeFirst();
  return r?.username ?? null;
}

export function parseObject(json: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}

/** An event's mentions per hour (buckets start at whole hours of the zone `shiftMs` east of UTC) and sentiment, over all its mentions. */
export async function eventHourly(
  q: Q,
  ws: number,
  id: number,
  shiftMs: number,
): Promise<{ at: number; sentiment: string | null; count: number }[]> {
  const { rows } = await sql<{ h: number; s: string | null; n: number }>`SELECT (sort_at + ${shiftMs}) / 3600000 AS h,
      sentiment_label AS s, COUNT(*) AS n FROM mentions WHERE workspace_id = ${ws} AND event_id = ${id} GROUP BY 1, 2`.execute(q);
  return rows.map((r) => ({ at: Math.floor(Number(r.h)) * 3_600_000 - shiftMs, sentiment: r.s, count: Number(r.n) }));
}

/** An event's top sources and authors over all its mentions. */
export async function eventTops(
  q: Q,
  ws: number,
  id: number,
  limit: number,
): Promise<{ sources: { value: string; label: string; count: number }[]; authors: { value: string; label: string; count: number }[] }> {
  const k = withEvents(q);
  const [sources, authors] = await Promise.all([
    k
      .selectFrom('mentions as m')
      .innerJoin('sources as s', 's.id', 'm.source_id')
      .select(['s.id', 's.name', (eb) => eb.fn.countAll<number>().as('n')])
      .where('m.workspace_id', '=', ws)
      .where('m.event_id', '=', id)
      .groupBy(['s.id', 's.name'])
      .orderBy('n', 'desc')
      .orderBy('s.id')
      .limit(limit)
      .execute(),
    k
      .selectFrom('mentions')
      .select(['author', (eb) => eb.fn.countAll<number>().as('n')])
      .where('workspace_id', '=', ws)
      .where('event_id', '=', id)
      .where('author', 'is not', null)
      .groupBy('author')
      .orderBy('n', 'desc')
      .orderBy('author')
      .limit(limit)
      .execute(),
  ]);
  return {
    sources: sources.map((r) => ({ value: String(r.id), label: r.name, count: Number(r.n) })),
    authors: authors.map((r) => ({ value: r.author ?? '', label: r.author ?? '', count: Number(r.n) })),
  };
}
