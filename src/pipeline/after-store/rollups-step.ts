/**
 * After a stored batch: the dashboard rollups count the workspaces' mentions not counted yet (`recordRollups`), the
 * batch's and any a crash or another path left behind, up to `CATCH_UP` per run; the rest waits for the next batch.
 */
import { recordRollups } from '../../store/queries/dashboard-rollups.js';
import type { AfterStoreStep } from '../after-store.js';

/** Mentions counted per run at most, so a backlog (an import of old data) is spread over several batches. */
const CATCH_UP = 50_000;

export const dashboardRollups: AfterStoreStep = {
  name: 'dashboard-rollups',
  async run(workspaceIds, ctx) {
    await recordRollups(ctx.db.kysely, workspaceIds, CATCH_UP);
  },
};
