/**
 * The events step after a stored batch: for each workspace, catches up on the mentions no event holds yet, in rounds
 * of `ROUND` mentions, each its own transaction with the workspace's state row locked. A round assigns the mentions
 * (`events/assign.ts`, reposts and copies following their original, even one clustered long ago), runs the periodic
 * pass every `PASS_EVERY` mentions (`events/maintain.ts`, corrected events pinned), writes assignments, the events'
 * counts and centroids, merges and closings, the level of each negative (high-risk) mention, and the state. The state
 * stays in memory between rounds while its stored version is the one this worker wrote; any other write (another
 * worker, an analyst's correction) bumps it and the state is read again. Then the events that grew enough are
 * described (`events-describe.ts`).
 */
import { assignBatch } from '../../events/assign.js';
import { maintainEvents } from '../../events/maintain.js';
import { PASS_EVERY } from '../../events/stream.js';
import type { ClusterState } from '../../events/types.js';
import { DEFAULT_TIER_TABLE, mentionSeverity, type SeverityModel } from '../../severity/index.js';
import type { Db } from '../../store/dialect.js';
import {
  closeEvents,
  type EventUpsert,
  eventsOfMentions,
  lockEventState,
  openEventRows,
  recordMerges,
  type StateRow,
  saveEventState,
  setMentionColumn,
  unclusteredMentions,
  upsertEvents,
} from '../../store/queries/events-step.js';
import { readSeverityModel } from '../../store/queries/severity-model.js';
import type { AfterStoreContext, AfterStoreStep } from '../after-store.js';
import { clusterId, clusterMentionOfRow, eventNumber, openEventOfRow, parseAnalysis, severityMentionOf } from './event-rows.js';
import { describeEvents } from './events-describe.js';

/** Mentions per round (one transaction). */
export const ROUND = 500;
/** Rounds per call, so a large backlog (a first run over old mentions) never holds up the pipeline; the next batch goes on. */
const MAX_ROUNDS = 8;
/** The stream's term frequencies are saved after this many mentions (a statistic: a stale copy only weighs a little differently). */
const DF_SAVE_EVERY = 2000;

interface Cached {
  version: number;
  state: ClusterState;
  pinned: Set<string>;
  dfSavedDocs: number;
  sinceDfSave: number;
}

export interface EventsStepOptions {
  round?: number;
  maxRounds?: number;
  /** Mentions between periodic passes (tests run it every round). */
  passEvery?: number;
}

export function createEventsStep(opts: EventsStepOptions = {}): AfterStoreStep {
  const cache = new Map<number, Cached>();
  const round = opts.round ?? ROUND;
  const maxRounds = opts.maxRounds ?? MAX_ROUNDS;
  const passEvery = opts.passEvery ?? PASS_EVERY;
  return {
    name: 'events',
    async run(workspaceIds, ctx) {
      for (const ws of workspaceIds) {
        const model = await readSeverityModel(ctx.db, ws);
        for (let i = 0; i < maxRounds; i++) {
          let done: RoundResult;
          try {
            done = await ctx.db.kysely
              .transaction()
              .execute((trx) => runRound({ ...ctx, db: { ...ctx.db, kysely: trx } }, ws, cache, { limit: round, passEvery }, model));
          } catch (err) {
            cache.delete(ws);
            throw err;
          }
          if (done.cached) cache.set(ws, done.cached);
          if (done.grown.length > 0 || done.seen > 0) await describeEvents(ctx.db, ws, done.grown, ctx.now());
          if (done.seen < round) break;
        }
      }
    },
  };
}

interface RoundResult {
  seen: number;
  grown: number[];
  cached: Cached | null;
}

async function runRound(
  ctx: AfterStoreContext,
  ws: number,
  cache: Map<number, Cached>,
  { limit, passEvery }: { limit: number; passEvery: number },
  model: SeverityModel,
): Promise<RoundResult> {
  const q = ctx.db.kysely;
  const now = ctx.now();
  const row = await lockEventState(q, ctx.db.dialect, ws, now);
  if (!row) return { seen: 0, grown: [], cached: null };
  const rows = await unclusteredMentions(q, ws, limit);
  if (rows.length === 0) return { seen: 0, grown: [], cached: null };
  const held = cache.get(ws);
  const c = held && held.version === row.version ? held : await loadState(ctx.db, ws, row, held);

  const analyses = new Map(rows.map((r) => [r.id, parseAnalysis(r.analysis)]));
  const mentions = rows.map((r) => clusterMentionOfRow(r, analyses.get(r.id) ?? parseAnalysis('{}'))).sort((a, b) => a.at - b.at);
  const inBatch = new Set(rows.map((r) => r.id));
  const refs = rows.flatMap((r) => [r.parentId, r.duplicateOf]).filter((x): x is number => x !== null && !inBatch.has(x));
  const stored = await eventsOfMentions(q, ws, refs);
  const links = new Map([...stored].map(([m, e]) => [String(m), clusterId(e)]));

  const assigned = assignBatch(c.state, mentions, now, { links });
  let state = assigned.state;
  let sincePass = row.since_pass + rows.length;
  let merged: { from: number; into: number }[] = [];
  let closed = assigned.dropped.map(eventNumber);
  if (sincePass >= passEvery) {
    const pass = maintainEvents(state, now, {}, c.pinned);
    state = pass.state;
    merged = pass.merged.map((m) => ({ from: eventNumber(m.from), into: eventNumber(m.into) }));
    closed = [...closed, ...pass.closed.map(eventNumber)];
    sincePass = 0;
  }
  const resolve = (e: number): number => {
    for (let next = merged.find((m) => m.from === e); next; next = merged.find((m) => m.from === e)) e = next.into;
    return e;
  };

  const titles = new Map(rows.map((r) => [String(r.id), r.title !== '' ? r.title : r.text.slice(0, 60)]));
  const touched = new Set([...assigned.opened, ...assigned.grown, ...merged.map((m) => clusterId(m.into))].map(eventNumber).map(resolve));
  const upserts: EventUpsert[] = [];
  for (const n of touched) {
    const e = state.events[clusterId(n)];
    if (!e) continue;
    upserts.push({
      id: n,
      firstAt: e.firstAt,
      lastAt: e.lastAt,
      count: e.count,
      terms: JSON.stringify(e.terms),
      origin: e.origin === '' ? null : Number(e.origin),
      title: titles.get(e.origin) ?? '',
    });
  }
  await upsertEvents(q, ws, upserts, now);
  await setMentionColumn(
    q,
    ws,
    'event_id',
    assigned.assignments.map((a) => [Number(a.id), eventNumber(a.event)]),
  );
  await recordMerges(q, ws, merged, now);
  await closeEvents(
    q,
    ws,
    closed.filter((n) => !state.events[clusterId(n)]),
    now,
  );
  await setMentionColumn(q, ws, 'severity', highRiskLevels(rows, analyses, model));

  const sinceDfSave = c.sinceDfSave + rows.length;
  const saveDf = sinceDfSave >= DF_SAVE_EVERY || c.version === 0;
  const version = row.version + 1;
  await saveEventState(
    q,
    ws,
    {
      last_mention_id: Math.max(row.last_mention_id, ...rows.map((r) => r.id)),
      next_event: state.nextEvent,
      docs: state.docs,
      version,
      since_pass: sincePass,
      ...(saveDf ? { df: { json: JSON.stringify(state.df), docs: state.docs } } : {}),
    },
    now,
  );
  const pinned = new Set([...c.pinned].filter((id) => state.events[id]));
  return {
    seen: rows.length,
    grown: [...touched],
    cached: { version, state, pinned, dfSavedDocs: saveDf ? state.docs : c.dfSavedDocs, sinceDfSave: saveDf ? 0 : sinceDfSave },
  };
}

/** The level of each negative mention on its own factors (sentiment, reach, publisher, sensitive categories). */
function highRiskLevels(
  rows: Awaited<ReturnType<typeof unclusteredMentions>>,
  analyses: Map<number, ReturnType<typeof parseAnalysis>>,
  model: SeverityModel,
): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    if (r.sentiment !== 'negative') continue;
    const m = severityMentionOf({ ...r, categories: analyses.get(r.id)?.categories ?? [] });
    out.push([r.id, mentionSeverity(m, model, DEFAULT_TIER_TABLE).assessment.level]);
  }
  return out;
}

/** The state as stored: open events with their centroids, the stream's frequencies (this worker's own copy when newer). */
async function loadState(db: Db, ws: number, row: StateRow, held: Cached | undefined): Promise<Cached> {
  const open = await openEventRows(db.kysely, ws);
  const events = Object.fromEntries(open.map((r) => [clusterId(r.id), openEventOfRow(r)]));
  const keepOwn = held !== undefined && held.state.docs >= row.df_docs;
  const df = keepOwn ? held.state.df : parseDf(row.df);
  const state: ClusterState = {
    version: 1,
    nextEvent: Math.max(row.next_event, 1),
    events,
    df,
    docs: keepOwn ? held.state.docs : row.df_docs,
    recent: [],
  };
  return {
    version: row.version,
    state,
    pinned: new Set(open.filter((r) => r.pinned).map((r) => clusterId(r.id))),
    dfSavedDocs: row.df_docs,
    sinceDfSave: keepOwn ? held.sinceDfSave : 0,
  };
}

function parseDf(json: string): Record<string, number> {
  try {
    const v: unknown = JSON.parse(json);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, number>) : {};
  } catch {
    return {};
  }
}
