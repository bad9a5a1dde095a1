/** Departments of a workspace. Every query is scoped by workspace id. */
import type { Selectable } from 'kysely';
import type { DepartmentsTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';

export interface DepartmentRecord {
  id: number;
  workspaceId: number;
  name: string;
  parentId: number | null;
  createdAt: number;
}

function toDepartment(row: Selectable<DepartmentsTable>): DepartmentRecord {
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    name: row.name,
    parentId: numOrNull(row.parent_id),
    createdAt: Number(row.created_at),
  };
}

export const departmentQueries = {
  async list(q: Q, workspaceId: number): Promise<DepartmentRecord[]> {
    const rows = await q.selectFrom('departments').selectAll().where('workspace_id', '=', workspaceId).orderBy('name').execute();
    return rows.map(toDepartment);
  },

  async get(q: Q, workspaceId: number, id: number): Promise<DepartmentRecord | undefined> {
    const row = await q
      .selectFrom('departments')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toDepartment(row);
  },

  async create(q: Q, d: { workspaceId: number; name: string; parentId: number | null; now: number }): Promise<DepartmentRecord> {
    const row = await q
      .insertInto('departments')
      .values({ workspace_id: d.workspaceId, name: d.name, parent_id: d.parentId, created_at: d.now })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toDepartment(row);
  },
};
