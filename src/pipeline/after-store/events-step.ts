/**
 * The events step after a stored batch: for each workspace, catches up on the mentions no event holds yet, in rounds
 * of `ROUND` mentions, each its own transaction with the workspace's state row locked. A round assigns the mentions
 * (`events/assign.ts`, reposts and copies following their original, even one clustered long ago), runs the periodic
 * pass every `PASS_EVERY_PIPELINE` mentions (`events/maintain.ts`, corrected events pinned), writes assignments, the events'
 * counts and centroids, merges and closings, the level of each negative (high-risk) mention, and the state. The state
 * stays in memory between rounds while its stored version is the one this worker wrote; any other write (another
 * worker, an analyst's correction) bumps it and the state is read again. Then the events that grew enough are
 * described (`events-describe.ts`). While the inbox still holds items, a workspace with fewer than `MIN_ROUND` new
 * mentions waits for the next batch (30 s at most), so the state is copied once per few batches rather than once per
 * batch; when the inbox is empty every step catches up at once.
 */
import { assignBatch } from '../../events/assign.js';
import { maintainEvents } from '../../events/maintain.js';
import type { ClusterState, OpenEvent } from '../../events/types.js';
import { mentionSeverity } from '../../severity/index.js';
import type { Db } from '../../store/dialect.js';
import type { Described } from '../../store/queries/events-describe.js';
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
  type UnclusteredRow,
  unclusteredCount,
  unclusteredMentions,
  upsertEvents,
} from '../../store/queries/events-step.js';
import { inboxBusy } from '../../store/queries/inbox-read.js';
import { type Grading, readGrading } from '../../store/queries/severity-model.js';
import type { AfterStoreContext, AfterStoreStep } from '../after-store.js';
import { clusterId, clusterMentionOfRow, eventNumber, openEventOfRow, parseAnalysis, severityMentionOf } from './event-rows.js';
import { describeEvents, describeFrom } from './events-describe.js';

/** Mentions per round (one transaction). */
export const ROUND = 500;
/** While the pipeline has more to do, clustering waits until a workspace has this many new mentions. */
const MIN_ROUND = 400;
/** Longest a workspace's new mentions wait for more while the inbox is busy (ms). */
const MAX_WAIT_MS = 30_000;
/** Rounds per call, so a large backlog (a first run over old mentions) never holds up the pipeline; the next batch goes on. */
const MAX_ROUNDS = 8;
/** Mentions between periodic passes: less often than the offline stream (every 50), since each pass copies the state; a pass only merges fragments, so later is still right. */
const PASS_EVERY_PIPELINE = 200;
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
  /** While the inbox is busy, a workspace with fewer mentions to cluster waits for the next batch (1: never waits). */
  minRound?: number;
  /** Mentions between periodic passes (tests run it every round). */
  passEvery?: number;
}

export function createEventsStep(opts: EventsStepOptions = {}): AfterStoreStep {
  const cache = new Map<number, Cached>();
  const round = opts.round ?? ROUND;
  const maxRounds = opts.maxRounds ?? MAX_ROUNDS;
  const passEvery = opts.passEvery ?? PASS_EVERY_PIPELINE;
  const minRound = opts.minRound ?? MIN_ROUND;
  /** When each workspace began to wait, so a quiet workspace beside a busy one waits at most `MAX_WAIT_MS`. */
  const waiting = new Map<number, number>();
  return {
    name: 'events',
    async run(workspaceIds, ctx) {
      const busy = minRound > 1 && (await inboxBusy(ctx.db.kysely));
      for (const ws of workspaceIds) {
        // While more batches are coming, a few mentions wait for the next ones: each round copies the state once.
        const since = waiting.get(ws);
        const waited = since !== undefined && ctx.now() - since >= MAX_WAIT_MS;
        if (busy && !waited && (await unclusteredCount(ctx.db.kysely, ws, minRound)) < minRound) {
          if (since === undefined) waiting.set(ws, ctx.now());
          continue;
        }
        waiting.delete(ws);
        const grading = await readGrading(ctx.db, ws);
        for (let i = 0; i < maxRounds; i++) {
          let done: RoundResult;
          try {
            done = await ctx.db.kysely
              .transaction()
              .execute((trx) => runRound({ ...ctx, db: { ...ctx.db, kysely: trx } }, ws, cache, { limit: round, passEvery }, grading));
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
  grading: Grading,
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
  // Events this round opened hold only this round's mentions: described from them, with no reads.
  const byEvent = new Map<number, UnclusteredRow[]>();
  const rowOf = new Map(rows.map((r) => [String(r.id), r]));
  for (const a of assigned.assignments) {
    const n = resolve(eventNumber(a.event));
    const r = rowOf.get(a.id);
    if (!r) continue;
    const list = byEvent.get(n);
    if (list) list.push(r);
    else byEvent.set(n, [r]);
  }
  const opened = new Set(assigned.opened.map(eventNumber));
  const describeNew = (n: number, e: OpenEvent): Described | undefined => {
    const members = byEvent.get(n);
    if (!opened.has(n) || !members || members.length !== e.count) return undefined;
    const shaped = members.map((r) => ({ ...clusterMentionOfRow(r, analyses.get(r.id) ?? parseAnalysis('{}')), channel: r.channel ?? '' }));
    const sev = members.map((r) => severityMentionOf({ ...r, categories: analyses.get(r.id)?.categories ?? [] }));
    return describeFrom(shaped, sev, e.terms, { firstAt: e.firstAt, lastAt: e.lastAt, count: e.count, history: '[]' }, grading, now);
  };
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
      described: describeNew(n, e),
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
  await setMentionColumn(q, ws, 'severity', highRiskLevels(rows, analyses, grading));

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
  grading: Grading,
): [number, number][] {
  const out: [number, number][] = [];
  for (const r of rows) {
    if (r.sentiment !== 'negative') continue;
    const m = severityMentionOf({ ...r, categories: analyses.get(r.id)?.categories ?? [] });
    out.push([r.id, mentionSeverity(m, grading.model, grading.tiers).assessment.level]);
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
