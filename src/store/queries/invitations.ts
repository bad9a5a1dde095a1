/**
 * Invitations to join a workspace, addressed to a folded username. Admins read them scoped by
 * workspace; the invited user reads them through their own `username_key`, never by a name
 * they typed.
 */
import type { Selectable } from 'kysely';
import { type InvitationStatus, isInvitationStatus } from '../../domain/invitations.js';
import type { Role } from '../../domain/roles.js';
import type { InvitationsTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';
import { asRole } from './memberships.js';

export interface InvitationRecord {
  id: number;
  workspaceId: number;
  inviteeKey: string;
  inviteeName: string;
  role: Role;
  departmentId: number | null;
  invitedBy: number | null;
  status: InvitationStatus;
  createdAt: number;
  expiresAt: number;
  answeredAt: number | null;
}

/** What the invited user sees: the workspace and who invited them. */
export interface ReceivedInvitation extends InvitationRecord {
  workspaceSlug: string;
  workspaceName: string;
  inviterName: string | null;
}

function toInvitation(row: Selectable<InvitationsTable>): InvitationRecord {
  if (!isInvitationStatus(row.status)) throw new Error(`unknown invitation status "${row.status}"`);
  return {
    id: Number(row.id),
    workspaceId: Number(row.workspace_id),
    inviteeKey: row.invitee_key,
    inviteeName: row.invitee_name,
    role: asRole(row.role),
    departmentId: numOrNull(row.department_id),
    invitedBy: numOrNull(row.invited_by),
    status: row.status,
    createdAt: Number(row.created_at),
    expiresAt: Number(row.expires_at),
    answeredAt: numOrNull(row.answered_at),
  };
}

function receivedRows(q: Q, userId: number) {
  return q
    .selectFrom('invitations')
    .innerJoin('users as invitee', 'invitee.username_key', 'invitations.invitee_key')
    .innerJoin('workspaces', 'workspaces.id', 'invitations.workspace_id')
    .leftJoin('users as inviter', 'inviter.id', 'invitations.invited_by')
    .selectAll('invitations')
    .select(['workspaces.slug as workspace_slug', 'workspaces.name as workspace_name', 'inviter.display_name as inviter_name'])
    .where('invitee.id', '=', userId);
}

export interface NewInvitation {
  workspaceId: number;
  inviteeKey: string;
  inviteeName: string;
  role: Role;
  departmentId: number | null;
  invitedBy: number | null;
  now: number;
  expiresAt: number;
}

export const invitationQueries = {
  async create(q: Q, i: NewInvitation): Promise<InvitationRecord> {
    const row = await q
      .insertInto('invitations')
      .values({
        workspace_id: i.workspaceId,
        invitee_key: i.inviteeKey,
        invitee_name: i.inviteeName,
        role: i.role,
        department_id: i.departmentId,
        invited_by: i.invitedBy,
        status: 'pending',
        created_at: i.now,
        expires_at: i.expiresAt,
        answered_at: null,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toInvitation(row);
  },

  /** Marks lapsed pending invitations to this name as expired, so a new one can be sent. */
  async expireLapsed(q: Q, workspaceId: number, inviteeKey: string, now: number): Promise<void> {
    await q
      .updateTable('invitations')
      .set({ status: 'expired' })
      .where('workspace_id', '=', workspaceId)
      .where('invitee_key', '=', inviteeKey)
      .where('status', '=', 'pending')
      .where('expires_at', '<=', now)
      .execute();
  },

  async get(q: Q, workspaceId: number, id: number): Promise<InvitationRecord | undefined> {
    const row = await q
      .selectFrom('invitations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .where('id', '=', id)
      .executeTakeFirst();
    return row && toInvitation(row);
  },

  async listForWorkspace(q: Q, workspaceId: number, limit = 500): Promise<InvitationRecord[]> {
    const rows = await q
      .selectFrom('invitations')
      .selectAll()
      .where('workspace_id', '=', workspaceId)
      .orderBy('id', 'desc')
      .limit(limit)
      .execute();
    return rows.map(toInvitation);
  },

  /** The user's open invitations, newest first. */
  async listPendingForUser(q: Q, userId: number, now: number): Promise<ReceivedInvitation[]> {
    const rows = await receivedRows(q, userId)
      .where('invitations.status', '=', 'pending')
      .where('invitations.expires_at', '>', now)
      .orderBy('invitations.id', 'desc')
      .execute();
    return rows.map((r) => ({
      ...toInvitation(r),
      workspaceSlug: r.workspace_slug,
      workspaceName: r.workspace_name,
      inviterName: r.inviter_name,
    }));
  },

  async countPendingForUser(q: Q, userId: number, now: number): Promise<number> {
    const row = await q
      .selectFrom('invitations')
      .innerJoin('users', 'users.username_key', 'invitations.invitee_key')
      .select((eb) => eb.fn.countAll<number>().as('n'))
      .where('users.id', '=', userId)
      .where('invitations.status', '=', 'pending')
      .where('invitations.expires_at', '>', now)
      .executeTakeFirstOrThrow();
    return Number(row.n);
  },

  /** One invitation addressed to this user, in any status. */
  async getForUser(q: Q, userId: number, id: number): Promise<InvitationRecord | undefined> {
    const row = await receivedRows(q, userId).where('invitations.id', '=', id).executeTakeFirst();
    return row && toInvitation(row);
  },

  /** Moves a pending invitation to its answer; false when it was no longer pending. */
  async answer(q: Q, id: number, status: Exclude<InvitationStatus, 'pending' | 'expired'>, now: number): Promise<boolean> {
    const r = await q
      .updateTable('invitations')
      .set({ status, answered_at: now })
      .where('id', '=', id)
      .where('status', '=', 'pending')
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** Whether a user holding this folded name is already a member (what the admin can see in the member list anyway). */
  async isMemberByKey(q: Q, workspaceId: number, inviteeKey: string): Promise<boolean> {
    const row = await q
      .selectFrom('memberships')
      .innerJoin('users', 'users.id', 'memberships.user_id')
      .select('memberships.user_id')
      .where('memberships.workspace_id', '=', workspaceId)
      .where('users.username_key', '=', inviteeKey)
      .executeTakeFirst();
    return row !== undefined;
  },
};
