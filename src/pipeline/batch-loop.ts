/**
 * Batches back to back with one batch analysed ahead: once batch N's analysis is back, batch N+1 is claimed and handed
 * to the analysis threads, and only then is batch N run through the batch stages and stored here, so the threads
 * analyse while this thread stores. At most one batch is ahead. Its items are leased like any claim and marked done
 * only in the transaction that stores them, so a crash loses nothing: an unfinished lease runs out and is claimed again.
 */
import { type ClaimedBatch, claimBatch, type PipelineDeps, storeBatch } from './process-batch.js';
import type { BatchReport } from './report.js';

export interface BatchLoopOptions {
  /** Asked before each claim; when false the batch in hand (and the one ahead, if claimed) is still stored. */
  keepClaiming(): boolean;
  onBatch(report: BatchReport): void;
}

/** Returns when a claim finds nothing or `keepClaiming` says stop; throws what a claim or a store threw, with nothing left in flight. */
export async function runBatches(deps: PipelineDeps, opts: BatchLoopOptions): Promise<void> {
  if (!opts.keepClaiming()) return;
  let batch: ClaimedBatch | null = await claimBatch(deps);
  while (batch && batch.claimed.length > 0) {
    await batch.analysed;
    const ahead = opts.keepClaiming() ? await settle(claimBatch(deps)) : { value: null };
    try {
      opts.onBatch(await storeBatch(deps, batch));
    } catch (err) {
      if ('value' in ahead) await ahead.value?.analysed;
      throw err;
    }
    if ('error' in ahead) throw ahead.error;
    batch = ahead.value;
    // Claimed ahead while the batch was in hand: the items that batch gave back for another try (pending again) are only visible now.
    if (batch?.claimed.length === 0 && opts.keepClaiming()) batch = await claimBatch(deps);
  }
}

async function settle<T>(p: Promise<T>): Promise<{ value: T } | { error: unknown }> {
  try {
    return { value: await p };
  } catch (error) {
    return { error };
  }
}
