/** Workspaces: one organisation's isolated space. Listing for a user goes through memberships. */
import type { Selectable } from 'kysely';
import type { Role } from '../../domain/roles.js';
import type { WorkspacesTable } from '../schema.js';
import type { Q } from './executor.js';
import { asRole } from './memberships.js';

export interface WorkspaceRecord {
  id: number;
  slug: string;
  name: string;
  createdAt: number;
}

export interface WorkspaceWithRole extends WorkspaceRecord {
  role: Role;
}

function toWorkspace(row: Selectable<WorkspacesTable>): WorkspaceRecord {
  return { id: Number(row.id), slug: row.slug, name: row.name, createdAt: Number(row.created_at) };
}

export const workspaceQueries = {
  async create(q: Q, w: { slug: string; name: string; now: number }): Promise<WorkspaceRecord> {
    const row = await q
      .insertInto('workspaces')
      .values({ slug: w.slug, name: w.name, created_at: w.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toWorkspace(row);
  },

  async byId(q: Q, id: number): Promise<WorkspaceRecord | undefined> {
    const row = await q.selectFrom('workspaces').selectAll().where('id', '=', id).executeTakeFirst();
    return row && toWorkspace(row);
  },

  /** By numeric id or slug, as the CLI accepts either. */
  async byIdOrSlug(q: Q, ref: string): Promise<WorkspaceRecord | undefined> {
    const row = await q
      .selectFrom('workspaces')
      .selectAll()
      .where((eb) => (/^\d+$/.test(ref) ? eb.or([eb('id', '=', Number(ref)), eb('slug', '=', ref)]) : eb('slug', '=', ref)))
      .orderBy('id')
      .executeTakeFirst();
    return row && toWorkspace(row);
  },

  async listForUser(q: Q, userId: number): Promise<WorkspaceWithRole[]> {
    const rows = await q
      .selectFrom('workspaces')
      .innerJoin('memberships', 'memberships.workspace_id', 'workspaces.id')
      .select(['workspaces.id', 'workspaces.slug', 'workspaces.name', 'workspaces.created_at', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('workspaces.id')
      .execute();
    return rows.map((r) => ({ id: Number(r.id), slug: r.slug, name: r.name, createdAt: Number(r.created_at), role: asRole(r.role) }));
  },

  async update(q: Q, id: number, patch: { slug?: string; name?: string }): Promise<WorkspaceRecord | undefined> {
    const set: { slug?: string; name?: string } = {};
    if (patch.slug !== undefined) set.slug = patch.slug;
    if (patch.name !== undefined) set.name = patch.name;
    if (Object.keys(set).length > 0) await q.updateTable('workspaces').set(set).where('id', '=', id).execute();
    return workspaceQueries.byId(q, id);
  },
};
