/**
 * What the events step (`pipeline/after-store/events-step.ts`) reads and writes, in few statements per round: the
 * workspace's clustering state row (locked for the round; on PostgreSQL a round another worker holds is skipped),
 * its open events, the mentions not clustered yet (`event_id IS NULL`, a partial index: on PostgreSQL mentions commit
 * out of id order, so a bare id cursor could pass one by), the events of the mentions they repost or copy, and the
 * round's writes: assignments and mention levels in CASE updates, events upserted, merges and closings.
 */
import { type Insertable, sql } from 'kysely';
import { type DialectName, lockForClaim } from '../dialect.js';
import type { Described } from './events-describe.js';
import { type EventStateTable, type EventsTable, withEvents } from './events-tables.js';
import type { Q } from './executor.js';

const CHUNK = 500;

export type StateRow = EventStateTable;

/** The workspace's state row, created when missing, locked for this transaction; null when another worker holds it. */
export async function lockEventState(q: Q, dialect: DialectName, ws: number, now: number): Promise<StateRow | null> {
  const k = withEvents(q);
  await k
    .insertInto('event_state')
    .values({
      workspace_id: ws,
      last_mention_id: 0,
      next_event: 1,
      docs: 0,
      df: '{}',
      df_docs: 0,
      version: 0,
      since_pass: 0,
      updated_at: now,
    })
    .onConflict((oc) => oc.column('workspace_id').doNothing())
    .execute();
  const row = await lockForClaim(dialect, k.selectFrom('event_state').selectAll().where('workspace_id', '=', ws)).executeTakeFirst();
  return row
    ? { ...row, last_mention_id: Number(row.last_mention_id), next_event: Number(row.next_event), version: Number(row.version) }
    : null;
}

/** The state row without locking, or null. */
export async function readEventState(q: Q, ws: number): Promise<StateRow | null> {
  const row = await withEvents(q).selectFrom('event_state').selectAll().where('workspace_id', '=', ws).executeTakeFirst();
  return row
    ? { ...row, last_mention_id: Number(row.last_mention_id), next_event: Number(row.next_event), version: Number(row.version) }
    : null;
}

export interface OpenEventRow {
  id: number;
  firstAt: number;
  lastAt: number;
  count: number;
  terms: string;
  origin: number | null;
  pinned: boolean;
}

export async function openEventRows(q: Q, ws: number): Promise<OpenEventRow[]> {
  const rows = await withEvents(q)
    .selectFrom('events')
    .select(['id', 'first_at', 'last_at', 'mention_count', 'terms', 'origin_mention_id', 'pinned'])
    .where('workspace_id', '=', ws)
    .where('open', '=', 1)
    .where('merged_into', 'is', null)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    firstAt: Number(r.first_at),
    lastAt: Number(r.last_at),
    count: Number(r.mention_count),
    terms: r.terms,
    origin: r.origin_mention_id === null ? null : Number(r.origin_mention_id),
    pinned: Number(r.pinned) === 1,
  }));
}

export interface UnclusteredRow {
  id: number;
  title: string;
  text: string;
  sortAt: number;
  parentId: number | null;
  duplicateOf: number | null;
  analysis: string;
  sentiment: string | null;
  reach: number;
  channel: string | null;
  url: string | null;
  author: string | null;
  followers: number | null;
  sourceKey: string;
}

/** Up to `limit` of the workspace's mentions no event holds yet, oldest id first. */
export async function unclusteredMentions(q: Q, ws: number, limit: number): Promise<UnclusteredRow[]> {
  const rows = await withEvents(q)
    .selectFrom('mentions as m')
    .innerJoin('sources as s', 's.id', 'm.source_id')
    .select([
      'm.id',
      'm.title',
      'm.text',
      'm.sort_at',
      'm.parent_id',
      'm.duplicate_of',
      'm.analysis',
      'm.sentiment_label',
      'm.reach',
      'm.channel',
      'm.url',
      'm.author',
      'm.author_followers',
      's.key as source_key',
    ])
    .where('m.workspace_id', '=', ws)
    .where('m.event_id', 'is', null)
    .orderBy('m.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    text: r.text,
    sortAt: Number(r.sort_at),
    parentId: r.parent_id === null ? null : Number(r.parent_id),
    duplicateOf: r.duplicate_of === null ? null : Number(r.duplicate_of),
    analysis: r.analysis,
    sentiment: r.sentiment_label,
    reach: Number(r.reach),
    channel: r.channel,
    url: r.url,
    author: r.author,
    followers: r.author_followers === null ? null : Number(r.author_followers),
    sourceKey: r.source_key,
  }));
}

/** The events of these mentions (those already clustered), by mention id. */
export async function eventsOfMentions(q: Q, ws: number, ids: readonly number[]): Promise<Map<number, number>> {
  const out = new Map<number, number>();
  const unique = [...new Set(ids)];
  for (let i = 0; i < unique.length; i += CHUNK) {
    const rows = await withEvents(q)
      .selectFrom('mentions')
      .select(['id', 'event_id'])
      .where('workspace_id', '=', ws)
      .where('id', 'in', unique.slice(i, i + CHUNK))
      .where('event_id', 'is not', null)
      .execute();
    for (const r of rows) out.set(Number(r.id), Number(r.event_id));
  }
  return out;
}

/** Sets a column of many mentions in one statement per chunk: `col = CASE id WHEN … THEN … END`. */
export async function setMentionColumn(
  q: Q,
  ws: number,
  column: 'event_id' | 'severity',
  values: readonly [number, number][],
): Promise<void> {
  for (let i = 0; i < values.length; i += CHUNK) {
    const part = values.slice(i, i + CHUNK);
    const cases = part.map(([id, v]) => sql`WHEN ${id} THEN CAST(${v} AS integer)`);
    await sql`UPDATE mentions SET ${sql.ref(column)} = CASE id ${sql.join(cases, sql` `)} END
      WHERE workspace_id = ${ws} AND id IN (${sql.join(part.map(([id]) => id))})`.execute(q);
  }
}

export interface EventUpsert {
  id: number;
  firstAt: number;
  lastAt: number;
  count: number;
  terms: string;
  origin: number | null;
  /** For a new event: its title, and its description when the round could make it from its members at hand. */
  title: string;
  described?: Described | undefined;
}

/** Inserts new events and updates the clustering columns of existing ones (one statement per chunk). */
export async function upsertEvents(q: Q, ws: number, events: readonly EventUpsert[], now: number): Promise<void> {
  const k = withEvents(q);
  const sorted = [...events].sort((a, b) => a.id - b.id);
  for (let i = 0; i < sorted.length; i += 200) {
    const values = sorted.slice(i, i + 200).map((e): Insertable<EventsTable> => {
      const d = e.described;
      return {
        workspace_id: ws,
        id: e.id,
        title: d?.title ?? e.title,
        title_set: null,
        status: d?.status ?? 'emerging',
        open: 1,
        pinned: 0,
        merged_into: null,
        mention_count: e.count,
        last_hour: d?.lastHour ?? 0,
        first_at: e.firstAt,
        last_at: e.lastAt,
        origin_mention_id: e.origin,
        terms: e.terms,
        keywords: JSON.stringify(d?.keywords ?? []),
        severity_level: d?.level ?? null,
        severity_score: d?.score ?? null,
        severity_factors: d?.factors ?? null,
        severity_history: d?.history ?? '[]',
        shown_level: d?.level ?? null,
        override_level: null,
        override_reason: null,
        override_by: null,
        override_at: null,
        described_count: d ? d.count : 0,
        described_at: d ? now : 0,
        created_at: now,
        updated_at: now,
      };
    });
    await k
      .insertInto('events')
      .values(values)
      .onConflict((oc) =>
        oc.columns(['workspace_id', 'id']).doUpdateSet({
          first_at: sql`excluded.first_at`,
          last_at: sql`excluded.last_at`,
          mention_count: sql`excluded.mention_count`,
          terms: sql`excluded.terms`,
          origin_mention_id: sql`excluded.origin_mention_id`,
          open: 1,
          updated_at: sql`excluded.updated_at`,
        }),
      )
      .execute();
  }
}

/** Events the periodic pass merged: their mentions go to the event kept; they stay, marked, and are listed no more. */
export async function recordMerges(q: Q, ws: number, merges: readonly { from: number; into: number }[], now: number): Promise<void> {
  const k = withEvents(q);
  for (const m of merges) {
    await k.updateTable('mentions').set({ event_id: m.into }).where('workspace_id', '=', ws).where('event_id', '=', m.from).execute();
    await k
      .updateTable('events')
      .set({ merged_into: m.into, open: 0, updated_at: now })
      .where('workspace_id', '=', ws)
      .where('id', '=', m.from)
      .execute();
    // An earlier merge into the event now gone follows it.
    await k.updateTable('events').set({ merged_into: m.into }).where('workspace_id', '=', ws).where('merged_into', '=', m.from).execute();
  }
}

/** Events clustering no longer holds (quiet past the window, or dropped to bound the state). */
export async function closeEvents(q: Q, ws: number, ids: readonly number[], now: number): Promise<void> {
  if (ids.length === 0) return;
  const k = withEvents(q);
  for (let i = 0; i < ids.length; i += CHUNK)
    await k
      .updateTable('events')
      .set({ open: 0, status: 'ended', updated_at: now })
      .where('workspace_id', '=', ws)
      .where('id', 'in', ids.slice(i, i + CHUNK))
      .execute();
}

export async function saveEventState(
  q: Q,
  ws: number,
  s: Pick<StateRow, 'last_mention_id' | 'next_event' | 'docs' | 'version' | 'since_pass'> & { df?: { json: string; docs: number } },
  now: number,
): Promise<void> {
  await withEvents(q)
    .updateTable('event_state')
    .set({
      last_mention_id: s.last_mention_id,
      next_event: s.next_event,
      docs: s.docs,
      version: s.version,
      since_pass: s.since_pass,
      updated_at: now,
      ...(s.df ? { df: s.df.json, df_docs: s.df.docs } : {}),
    })
    .where('workspace_id', '=', ws)
    .execute();
}

/** Bumps the version (the caller changed events outside the step), locking the row until the transaction ends. */
export async function bumpEventState(q: Q, ws: number, now: number, nextEvent?: number): Promise<void> {
  await withEvents(q)
    .insertInto('event_state')
    .values({
      workspace_id: ws,
      last_mention_id: 0,
      next_event: nextEvent ?? 1,
      docs: 0,
      df: '{}',
      df_docs: 0,
      version: 1,
      since_pass: 0,
      updated_at: now,
    })
    .onConflict((oc) =>
      oc.column('workspace_id').doUpdateSet({
        version: sql`event_state.version + 1`,
        updated_at: now,
        ...(nextEvent !== undefined
          ? { next_event: sql`CASE WHEN event_state.next_event > ${nextEvent} THEN event_state.next_event ELSE ${nextEvent} END` }
          : {}),
      }),
    )
    .execute();
}

/** How many of the workspace's mentions no event holds yet, counted up to `cap`. */
export async function unclusteredCount(q: Q, ws: number, cap: number): Promise<number> {
  const { rows } = await sql<{ n: number }>`SELECT COUNT(*) AS n FROM (SELECT id FROM mentions
      WHERE workspace_id = ${ws} AND event_id IS NULL LIMIT ${cap}) AS backlog`.execute(q);
  return Number(rows[0]?.n ?? 0);
}
