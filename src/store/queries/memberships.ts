/** Memberships: who belongs to which workspace, in which role and department. Always scoped by workspace. */
import { isRole, type Role } from '../../domain/roles.js';
import { numOrNull, type Q } from './executor.js';

export interface MembershipRecord {
  workspaceId: number;
  userId: number;
  role: Role;
  departmentId: number | null;
  createdAt: number;
}

export interface MemberRecord extends MembershipRecord {
  username: string;
  displayName: string;
  email: string | null;
  disabled: boolean;
}

/** A role read back from the database; an unknown value is a data error, not a silent downgrade. */
export function asRole(value: string): Role {
  if (!isRole(value)) throw new Error(`unknown role "${value}" in memberships`);
  return value;
}

function memberRows(q: Q, workspaceId: number) {
  return q
    .selectFrom('memberships')
    .innerJoin('users', 'users.id', 'memberships.user_id')
    .select([
      'memberships.workspace_id',
      'memberships.user_id',
      'memberships.role',
      'memberships.department_id',
      'memberships.created_at',
      'users.username',
      'users.display_name',
      'users.email',
      'users.disabled',
    ])
    .where('memberships.workspace_id', '=', workspaceId);
}

type MemberRow = Awaited<ReturnType<ReturnType<typeof memberRows>['executeTakeFirstOrThrow']>>;

function toMember(r: MemberRow): MemberRecord {
  return {
    workspaceId: Number(r.workspace_id),
    userId: Number(r.user_id),
    role: asRole(r.role),
    departmentId: numOrNull(r.department_id),
    createdAt: Number(r.created_at),
    username: r.username,
    displayName: r.display_name,
    email: r.email,
    disabled: r.disabled === 1,
  };
}

export const membershipQueries = {
  async get(q: Q, workspaceId: number, userId: number): Promise<MembershipRecord | undefined> {
    const row = await q
      .selectFrom('memberships')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return (
      row && {
        workspaceId: Number(row.workspace_id),
        userId: Number(row.user_id),
        role: asRole(row.role),
        departmentId: numOrNull(row.department_id),
        createdAt: Number(row.created_at),
      }
    );
  },

  async add(q: Q, m: { workspaceId: number; userId: number; role: Role; departmentId?: number | null; now: number }): Promise<void> {
    await q
      .insertInto('memberships')
      .values({
        workspace_id: m.workspaceId,
        user_id: m.userId,
        role: m.role,
        department_id: m.departmentId ?? null,
        created_at: m.now,
      })
      .execute();
  },

  async update(q: Q, workspaceId: number, userId: number, patch: { role?: Role; departmentId?: number | null }): Promise<boolean> {
    const set: { role?: Role; department_id?: number | null } = {};
    if (patch.role !== undefined) set.role = patch.role;
    if (patch.departmentId !== undefined) set.department_id = patch.departmentId;
    if (Object.keys(set).length === 0) return (await membershipQueries.get(q, workspaceId, userId)) !== undefined;
    const r = await q
      .updateTable('memberships')
      .set(set)
      .where('workspace_id', '=', workspaceId)
      .where('user_id', '=', userId)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  async remove(q: Q, workspaceId: number, userId: number): Promise<boolean> {
    const r = await q.deleteFrom('memberships').where('workspace_id', '=', workspaceId).where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows) > 0;
  },

  async countAdmins(q: Q, workspaceId: number): Promise<number> {
    const row = await q
      .selectFrom('memberships')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('workspace_id', '=', workspaceId)
      .where('role', '=', 'admin')
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  async listMembers(q: Q, workspaceId: number): Promise<MemberRecord[]> {
    const rows = await memberRows(q, workspaceId).orderBy('users.username').execute();
    return rows.map(toMember);
  },

  async getMember(q: Q, workspaceId: number, userId: number): Promise<MemberRecord | undefined> {
    const row = await memberRows(q, workspaceId).where('memberships.user_id', '=', userId).executeTakeFirst();
    return row && toMember(row);
  },

  /** All memberships of one user (for the CLI's user list). */
  async listForUser(q: Q, userId: number): Promise<{ workspaceId: number; slug: string; role: Role }[]> {
    const rows = await q
      .selectFrom('memberships')
      .innerJoin('workspaces', 'workspaces.id', 'memberships.workspace_id')
      .select(['memberships.workspace_id', 'workspaces.slug', 'memberships.role'])
      .where('memberships.user_id', '=', userId)
      .orderBy('workspaces.id')
      .execute();
    return rows.map((r) => ({ workspaceId: Number(r.workspace_id), slug: r.slug, role: asRole(r.role) }));
  },
};
