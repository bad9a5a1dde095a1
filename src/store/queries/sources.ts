/** Sources of a workspace: where mentions come from. Every query is scoped by workspace id. */
import type { Selectable } from 'kysely';
import type { SourcesTable } from '../schema.js';
import type { Q } from './executor.js';

export interface SourceRecord {
  id: number;
  workspaceId: number;
  key: string;
  name: string;
  kind: string;
  active: boolean;
  createdAt: number;
  /** The type's settings (JSON text as stored; `{}` for push and import sources). */
  config: string;
  /** The source's own interval between passes, in seconds; null = automatic. */
  intervalSetting: number | null;
}

export interface SourcePatch {
  name?: string;
  kind?: string;
  active?: boolean;
  config?: string;
}

function toSource(row: Selectable<SourcesTable>): SourceRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    key: row.key,
    name: row.name,
    kind: row.kind,
    active: row.active === 1,
    createdAt: Number(row.created_at),
    config: row.config,
    intervalSetting: row.interval_setting === null ? null : Number(row.interval_setting),
  };
}

export const sourceQueries = {
  async list(q: Q, workspaceId: number): Promise<SourceRecord[]> {
    const rows = await q.selectFrom('sources').selectAll().where('workspace_id', '=', workspaceId).orderBy('key').execute();
    return rows.map(toSource);
  },

  async get(q: Q, workspaceId: number, id: number): Promise<SourceRecord | undefined> {
    const row = await q.selectFrom('sources').selectAll().where('workspace_id', '=', workspaceId).where('id', '=', id).executeTakeFirst();
    return row && toSource(row);
  },

  async create(
    q: Q,
    s: {
      workspaceId: number;
      key: string;
      name: string;
      kind: string;
      active?: boolean;
      config?: string;
      intervalSetting?: number | null;
      now: number;
    },
  ): Promise<SourceRecord> {
    const row = await q
      .insertInto('sources')
      .values({
        workspace_id: s.workspaceId,
        key: s.key,
        name: s.name,
        kind: s.kind,
        config: s.config ?? '{}',
        active: s.active === false ? 0 : 1,
        // Only when set: the column's default is automatic, and older schemas (migration tests) lack it.
        ...(s.intervalSetting != null ? { interval_setting: s.intervalSetting } : {}),
        created_at: s.now,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toSource(row);
  },

  /** Returns the updated source, or undefined when the workspace has no such source. */
  async update(q: Q, workspaceId: number, id: number, patch: SourcePatch): Promise<SourceRecord | undefined> {
    const set: { name?: string; kind?: string; active?: number; config?: string } = {};
    if (patch.name !== undefined) set.name = patch.name;
    if (patch.kind !== undefined) set.kind = patch.kind;
    if (patch.active !== undefined) set.active = patch.active ? 1 : 0;
    if (patch.config !== undefined) set.config = patch.config;
    if (Object.keys(set).length > 0) {
      await q.updateTable('sources').set(set).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
    }
    return sourceQueries.get(q, workspaceId, id);
  },
};
