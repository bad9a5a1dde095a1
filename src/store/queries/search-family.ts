/**
 * Repost families for search: a family is an original and the mentions whose `duplicate_of` points to it (copies
 * always point to the original itself, never to another copy). Counting members and listing a family.
 */
import type { Q } from './executor.js';

export const familyQueries = {
  /** For each original id, how many stored copies point to it (0 when none). */
  async copies(q: Q, workspaceId: number, originalIds: readonly number[]): Promise<Map<number, number>> {
    const out = new Map<number, number>(originalIds.map((id) => [id, 0]));
    const ids = [...new Set(originalIds)];
    for (let i = 0; i < ids.length; i += 500) {
      const rows = await q
        .selectFrom('mentions')
        .select((eb) => ['duplicate_of', eb.fn.countAll<number>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where('duplicate_of', 'in', ids.slice(i, i + 500))
        .groupBy('duplicate_of')
        .execute();
      for (const r of rows) out.set(Number(r.duplicate_of), Number(r.n));
    }
    return out;
  },

  /** The original of a mention's family (the mention itself when it is one); undefined when not in the workspace. */
  async originalOf(q: Q, workspaceId: number, mentionId: number): Promise<number | undefined> {
    const r = await q
      .selectFrom('mentions')
      .select(['id', 'duplicate_of'])
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', mentionId)
      .executeTakeFirst();
    return r ? Number(r.duplicate_of ?? r.id) : undefined;
  },

  /** Ids of copies of `originalId`, oldest first (sort time, then id), strictly after `after`, at most `limit`. */
  async copyIds(q: Q, workspaceId: number, originalId: number, after: [number, number] | null, limit: number): Promise<number[]> {
    let query = q.selectFrom('mentions').select('id').where('workspace_id', '=', workspaceId).where('duplicate_of', '=', originalId);
    if (after)
      query = query.where((eb) => eb.or([eb('sort_at', '>', after[0]), eb.and([eb('sort_at', '=', after[0]), eb('id', '>', after[1])])]));
    const rows = await query.orderBy('sort_at').orderBy('id').limit(limit).execute();
    return rows.map((r) => Number(r.id));
  },
};
