/** Read-only figures about the durable inbox, for metrics and for the steps after a stored batch. */
import type { Q } from './executor.js';

export const inboxReadQueries = {
  /** Inbox rows still waiting for the pipeline, across all workspaces. */
  async countPending(q: Q): Promise<number> {
    const row = await q
      .selectFrom('inbox')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'pending')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },
};

/** Whether the inbox holds items still to process (more batches are coming). */
export async function inboxBusy(q: Q): Promise<boolean> {
  const row = await q.selectFrom('inbox').select('id').where('status', 'in', ['pending', 'processing']).limit(1).executeTakeFirst();
  return row !== undefined;
}
