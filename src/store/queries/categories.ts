/** A workspace's category taxonomy (queries in the topic query language), seeded with defaults on first use. */
import type { Selectable } from 'kysely';
import type { CategoriesTable } from '../schema.js';
import type { Q } from './executor.js';

export interface CategoryRecord {
  id: number;
  workspaceId: number;
  key: string;
  name: string;
  query: string;
  active: boolean;
  createdAt: number;
  updatedAt: number;
}

export interface CategoryPatch {
  name?: string;
  query?: string;
  active?: boolean;
}

function toCategory(row: Selectable<CategoriesTable>): CategoryRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    key: row.key,
    name: row.name,
    query: row.query,
    active: row.active === 1,
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export const categoryQueries = {
  async list(q: Q, workspaceId: number): Promise<CategoryRecord[]> {
    const rows = await q.selectFrom('categories').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
    return rows.map(toCategory);
  },

  async get(q: Q, workspaceId: number, id: number): Promise<CategoryRecord | undefined> {
    const row = await q
      .selectFrom('categories')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toCategory(row);
  },

  /** Inserts the given categories unless the workspace has any category already (first use); safe to race. */
  async seed(q: Q, workspaceId: number, defaults: ReadonlyArray<{ key: string; name: string; query: string }>, now: number): Promise<void> {
    const any = await q.selectFrom('categories').select('id').where('workspace_id', '=', workspaceId).limit(1).executeTakeFirst();
    if (any || defaults.length === 0) return;
    await q
      .insertInto('categories')
      .values(
        defaults.map((d) => ({
          workspace_id: workspaceId,
          key: d.key,
          name: d.name,
          query: d.query,
          active: 1,
          created_at: now,
          updated_at: now,
        })),
      )
      .onConflict((oc) => oc.columns(['workspace_id', 'key']).doNothing())
      .execute();
  },

  async create(
    q: Q,
    c: { workspaceId: number; key: string; name: string; query: string; active?: boolean; now: number },
  ): Promise<CategoryRecord> {
    const row = await q
      .insertInto('categories')
      .values({
        workspace_id: c.workspaceId,
        key: c.key,
        name: c.name,
        query: c.query,
        active: c.active === false ? 0 : 1,
        created_at: c.now,
        updated_at: c.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toCategory(row);
  },

  async update(q: Q, workspaceId: number, id: number, patch: CategoryPatch, now: number): Promise<CategoryRecord | undefined> {
    const set: { name?: string; query?: string; active?: number; updated_at: number } = { updated_at: now };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.query !== undefined) set.query = patch.query;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    await q.updateTable('categories').set(set).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    return categoryQueries.get(q, workspaceId, id);
  },

  async remove(q: Q, workspaceId: number, id: number): Promise<boolean> {
    const r = await q.deleteFrom('categories').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
