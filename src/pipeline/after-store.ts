/**
 * Steps that follow a stored batch, outside its transaction: event clustering, dashboard rollups. Each step catches up
 * on the workspace's stored mentions it has not seen yet (marked in the store, in the step's own transaction), so a
 * crash between the batch's commit and a step loses nothing: the next batch, or the next worker, picks them up. A step
 * that fails is logged and retried with the next batch; it never fails the batch, which is already stored.
 */
import type { Logger } from '../log/logger.js';
import type { Db } from '../store/dialect.js';

export interface AfterStoreContext {
  db: Db;
  /** The batch's clock. */
  now: () => number;
  logger: Logger;
}

/** Catches up one step on the given workspaces (those the batch stored mentions in). */
export interface AfterStoreStep {
  name: string;
  run(workspaceIds: readonly number[], ctx: AfterStoreContext): Promise<void>;
}

/** Runs each step in order over the workspaces; logs and swallows a step's failure. */
export async function runAfterStore(
  steps: readonly AfterStoreStep[],
  workspaceIds: readonly number[],
  ctx: AfterStoreContext,
): Promise<void> {
  if (workspaceIds.length === 0) return;
  for (const step of steps) {
    try {
      await step.run(workspaceIds, ctx);
    } catch (err) {
      ctx.logger.warn(
        { step: step.name, error: err instanceof Error ? err.message : String(err) },
        'after-store step failed; the next batch catches up',
      );
    }
  }
}
