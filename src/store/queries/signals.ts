/**
 * Burst signals (`signals`, migration 0016): the spikes the burst detector found per topic, each with its score, the
 * window that fired and the detector's figures; and per topic the detector's state and the hour it has read up to
 * (`signal_states`). Written by the pipeline's signals step (`pipeline/after-store/signals-step.ts`).
 */
import type { Generated, Kysely } from 'kysely';
import type { Database } from '../schema.js';
import { withRollups } from './dashboard-rollups.js';
import type { Q } from './executor.js';

export interface SignalsTable {
  id: Generated<number>;
  workspace_id: number;
  topic_id: number;
  event_id: number | null;
  at: number;
  score: number;
  window_ms: number;
  details: string;
  created_at: number;
}

export interface SignalStatesTable {
  workspace_id: number;
  topic_id: number;
  through: number;
  state: string;
}

export type SignalTables = { signals: SignalsTable; signal_states: SignalStatesTable };

const k = (q: Q): Kysely<Database & SignalTables> => q.withTables<SignalTables>();

export interface SignalRecord {
  id: number;
  topicId: number;
  eventId: number | null;
  at: number;
  score: number;
  windowMs: number;
  details: Record<string, unknown>;
  createdAt: number;
}

export interface NewSignal {
  topicId: number;
  at: number;
  score: number;
  windowMs: number;
  details: Record<string, unknown>;
}

const HOUR = 3_600_000;

export const signalQueries = {
  /** The detector state of a topic and the first hour it has not read, or undefined before its first run. */
  async state(q: Q, workspaceId: number, topicId: number): Promise<{ through: number; state: string } | undefined> {
    const row = await k(q)
      .selectFrom('signal_states')
      .select(['through', 'state'])
      .where('workspace_id', '=', workspaceId)
      .where('topic_id', '=', topicId)
      .executeTakeFirst();
    return row ? { through: Number(row.through), state: row.state } : undefined;
  },

  /** Saves a topic's state and its new signals together (one transaction), so a signal is stored once. */
  async save(q: Q, workspaceId: number, topicId: number, through: number, state: string, signals: readonly NewSignal[], now: number) {
    await q.transaction().execute(async (trx) => {
      await k(trx)
        .insertInto('signal_states')
        .values({ workspace_id: workspaceId, topic_id: topicId, through, state })
        .onConflict((oc) => oc.columns(['workspace_id', 'topic_id']).doUpdateSet({ through, state }))
        .execute();
      if (signals.length > 0)
        await k(trx)
          .insertInto('signals')
          .values(
            signals.map((s) => ({
              workspace_id: workspaceId,
              topic_id: s.topicId,
              event_id: null,
              at: s.at,
              score: s.score,
              window_ms: s.windowMs,
              details: JSON.stringify(s.details),
              created_at: now,
            })),
          )
          .onConflict((oc) => oc.columns(['workspace_id', 'topic_id', 'at']).doNothing())
          .execute();
    });
  },

  /** A topic's mentions per hour in [from, to) from the hourly rollups (hours without mentions are absent). */
  async hourlyCounts(q: Q, workspaceId: number, topicId: number, from: number, to: number): Promise<Map<number, number>> {
    const rows = await withRollups(q)
      .selectFrom('dashboard_rollups')
      .select((eb) => ['at', eb.fn.sum<number>('n').as('n')])
      .where('workspace_id', '=', workspaceId)
      .where('topic_id', '=', topicId)
      .where('dim', '=', 'channel')
      .where('grain', '=', 'h')
      .where('at', '>=', from)
      .where('at', '<', to)
      .groupBy('at')
      .execute();
    return new Map(rows.map((r) => [Number(r.at), Number(r.n)]));
  },

  /** The first hour with a mention of the topic, if any. */
  async firstHour(q: Q, workspaceId: number, topicId: number): Promise<number | undefined> {
    const row = await withRollups(q)
      .selectFrom('dashboard_rollups')
      .select((eb) => eb.fn.min<number>('at').as('at'))
      .where('workspace_id', '=', workspaceId)
      .where('topic_id', '=', topicId)
      .where('dim', '=', 'channel')
      .where('grain', '=', 'h')
      .executeTakeFirst();
    return row?.at == null ? undefined : Math.floor(Number(row.at) / HOUR) * HOUR;
  },

  /** The workspace's signals in [from, to), newest first, optionally of some topics. */
  async list(
    q: Q,
    workspaceId: number,
    opts: { from: number; to: number; topicIds?: readonly number[]; limit: number },
  ): Promise<SignalRecord[]> {
    let query = k(q)
      .selectFrom('signals')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('at', '>=', opts.from)
      .where('at', '<', opts.to);
    if (opts.topicIds && opts.topicIds.length > 0) query = query.where('topic_id', 'in', [...opts.topicIds]);
    const rows = await query.orderBy('at', 'desc').orderBy('id', 'desc').limit(opts.limit).execute();
    return rows.map((r) => ({
      id: Number(r.id),
      topicId: Number(r.topic_id),
      eventId: r.event_id === null ? null : Number(r.event_id),
      at: Number(r.at),
      score: Number(r.score),
      windowMs: Number(r.window_ms),
      details: JSON.parse(r.details) as Record<string, unknown>,
      createdAt: Number(r.created_at),
    }));
  },
};
