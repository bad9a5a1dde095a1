/** Topics of a workspace: named queries to watch. Every query is scoped by workspace id. */
import type { Selectable } from 'kysely';
import type { TopicsTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';

export interface TopicRecord {
  id: number;
  workspaceId: number;
  name: string;
  query: string;
  active: boolean;
  createdBy: number | null;
  createdAt: number;
  updatedAt: number;
}

export interface TopicPatch {
  name?: string;
  query?: string;
  active?: boolean;
}

function toTopic(row: Selectable<TopicsTable>): TopicRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    name: row.name,
    query: row.query,
    active: row.active === 1,
    createdBy: numOrNull(row.created_by),
    createdAt: Number(row.created_at),
    updatedAt: Number(row.updated_at),
  };
}

export const topicQueries = {
  async list(q: Q, workspaceId: number): Promise<TopicRecord[]> {
    const rows = await q.selectFrom('topics').selectAll().where('workspace_id', '=', workspaceId).orderBy('id').execute();
    return rows.map(toTopic);
  },

  async get(q: Q, workspaceId: number, id: number): Promise<TopicRecord | undefined> {
    const row = await q.selectFrom('topics').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row && toTopic(row);
  },

  async create(
    q: Q,
    t: { workspaceId: number; name: string; query: string; active?: boolean; createdBy: number | null; now: number },
  ): Promise<TopicRecord> {
    const row = await q
      .insertInto('topics')
      .values({
        workspace_id: t.workspaceId,
        name: t.name,
        query: t.query,
        active: t.active === false ? 0 : 1,
        created_by: t.createdBy,
        created_at: t.now,
        updated_at: t.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toTopic(row);
  },

  /** Returns the updated topic, or undefined when the workspace has no such topic. */
  async update(q: Q, workspaceId: number, id: number, patch: TopicPatch, now: number): Promise<TopicRecord | undefined> {
    const set: { name?: string; query?: string; active?: number; updated_at: number } = { updated_at: now };
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.query !== undefined) set.query = patch.query;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    await q.updateTable('topics').set(set).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    return topicQueries.get(q, workspaceId, id);
  },

  async remove(q: Q, workspaceId: number, id: number): Promise<boolean> {
    const r = await q.deleteFrom('topics').where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },
};
