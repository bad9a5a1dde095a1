/**
 * After a stored batch: burst signals per active topic of the workspaces, from the hourly rollups (so it runs after
 * the rollups step). Each topic's detector resumes from its saved state at the first hour it has not read, and reads
 * the hours closed at least `SETTLE_MS` ago; a new topic starts at its first mention, at most `FIRST_DAYS` back.
 * State and signals are saved together, so a crash repeats a run, never loses or doubles a signal. A workspace runs
 * only when the rollups were counted in the same run (so the hours read are whole) and an hour closed since its last
 * run in this process: most batches cost nothing here.
 */
import type { BurstState } from '../../signals/detector.js';
import { HOUR, runHours } from '../../signals/store-run.js';
import type { Db } from '../../store/dialect.js';
import { signalQueries } from '../../store/queries/signals.js';
import { topicQueries } from '../../store/queries/topics.js';
import type { AfterStoreStep } from '../after-store.js';
import { rolledUpAt } from './rollups-step.js';

/** An hour is read this long after it closes, so the mentions collected late for it are counted. */
const SETTLE_MS = 15 * 60_000;
const FIRST_DAYS = 28;

/** The last hour each workspace of a database was read through, by this process. */
const readThrough = new WeakMap<Db, Map<number, number>>();

export const burstSignals: AfterStoreStep = {
  name: 'burst-signals',
  async run(workspaceIds, ctx) {
    const q = ctx.db.kysely;
    const end = Math.floor((ctx.now() - SETTLE_MS) / HOUR) * HOUR;
    const through = readThrough.get(ctx.db) ?? new Map<number, number>();
    readThrough.set(ctx.db, through);
    for (const ws of new Set(workspaceIds)) {
      if (through.get(ws) === end || !rolledUpAt(ctx.db, ws, ctx.now())) continue;
      for (const topic of (await topicQueries.list(q, ws)).filter((t) => t.active)) {
        const saved = await signalQueries.state(q, ws, topic.id);
        let from = saved?.through;
        if (from === undefined) {
          const first = await signalQueries.firstHour(q, ws, topic.id);
          if (first === undefined) continue;
          from = Math.max(first, end - FIRST_DAYS * 24 * HOUR);
        }
        if (from >= end) continue;
        const counts = await signalQueries.hourlyCounts(q, ws, topic.id, from, end);
        const state = saved ? (JSON.parse(saved.state) as BurstState) : undefined;
        const run = runHours(state, from, end, counts);
        await signalQueries.save(
          q,
          ws,
          topic.id,
          end,
          JSON.stringify(run.state),
          run.signals.map((s) => ({ topicId: topic.id, ...s })),
          ctx.now(),
        );
      }
      through.set(ws, end);
    }
  },
};
