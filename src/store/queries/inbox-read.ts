/** Read-only figures about the durable inbox, for metrics. */
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
