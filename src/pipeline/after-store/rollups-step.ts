/**
 * After a stored batch: the dashboard rollups count the workspaces' mentions not counted yet (`recordRollups`), the
 * batch's and any a crash or another path left behind, up to `CATCH_UP` per run; the rest waits for the next batch.
 * While the inbox still holds items (more batches are coming), a workspace is counted at most every `BUSY_EVERY_MS`:
 * counting many batches at once writes each bucket's row once instead of once per batch. The batch that empties the
 * inbox always counts, so a quiet desk's dashboard is never behind.
 */

import type { Db } from '../../store/dialect.js';
import { recordRollups } from '../../store/queries/dashboard-rollups.js';
import { inboxBusy } from '../../store/queries/inbox-read.js';
import type { AfterStoreStep } from '../after-store.js';

/** Mentions counted per run at most, so a backlog (an import of old data) is spread over several batches. */
const CATCH_UP = 50_000;
const BUSY_EVERY_MS = 10_000;

/** When each workspace of a database was last counted, by this process (the batch's clock). */
const countedAt = new WeakMap<Db, Map<number, number>>();

/** Whether the rollups of the workspace were counted in the run at `now` (what the burst signals read must be whole). */
export function rolledUpAt(db: Db, workspaceId: number, now: number): boolean {
  return countedAt.get(db)?.get(workspaceId) === now;
}

export const dashboardRollups: AfterStoreStep = {
  name: 'dashboard-rollups',
  async run(workspaceIds, ctx) {
    const runs = countedAt.get(ctx.db) ?? new Map<number, number>();
    countedAt.set(ctx.db, runs);
    const now = ctx.now();
    const busy = await inboxBusy(ctx.db.kysely);
    const due = [...new Set(workspaceIds)].filter((ws) => {
      const last = runs.get(ws);
      return !busy || last === undefined || now - last >= BUSY_EVERY_MS;
    });
    if (due.length === 0) return;
    await recordRollups(ctx.db.kysely, due, CATCH_UP);
    for (const ws of due) runs.set(ws, now);
  },
};
