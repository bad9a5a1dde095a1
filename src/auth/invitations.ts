/**
 * Invitation commands: an admin invites a name into a workspace; the user who holds that name
 * accepts (becoming a member) or declines; an admin may revoke a pending one. Inviting looks the
 * same whether or not the name exists anywhere: the invitation is stored against the folded name
 * and only the holder of that name ever sees it. Each command writes its change and its audit
 * entry in one transaction.
 */
import { invitationStatusAt, invitationTtlMs } from '../domain/invitations.js';
import type { Role } from '../domain/roles.js';
import { normalizeUsername, usernameKey } from '../domain/usernames.js';
import { AppError } from '../errors/catalogue.js';
import {
  type AuditInput,
  auditQueries,
  type InvitationRecord,
  invitationQueries,
  isUniqueViolation,
  membershipQueries,
  type Q,
  type WorkspaceWithRole,
  workspaceQueries,
} from '../store/queries/index.js';

/** Who acts, for the audit entry. */
export type Actor = Pick<AuditInput, 'actorUserId' | 'actorTokenId' | 'ip' | 'userAgent'>;

export interface InviteInput {
  workspaceId: number;
  username: string;
  role: Role;
  departmentId: number | null;
  actor: Actor;
  now: number;
}

export async function inviteMember(q: Q, input: InviteInput): Promise<InvitationRecord> {
  const name = normalizeUsername(input.username);
  const key = usernameKey(name);
  try {
    return await q.transaction().execute(async (trx) => {
      await invitationQueries.expireLapsed(trx, input.workspaceId, key, input.now);
      if (await invitationQueries.isMemberByKey(trx, input.workspaceId, key)) {
        throw new AppError('conflict', 'This user is already a member of this workspace.', [
          { field: 'username', problem: 'already a member of this workspace' },
        ]);
      }
      const invitation = await invitationQueries.create(trx, {
        workspaceId: input.workspaceId,
        inviteeKey: key,
        inviteeName: name,
        role: input.role,
        departmentId: input.departmentId,
        invitedBy: input.actor.actorUserId,
        now: input.now,
        expiresAt: input.now + invitationTtlMs,
      });
      await auditQueries.record(trx, {
        ...input.actor,
        now: input.now,
        workspaceId: input.workspaceId,
        action: 'invitation.create',
        targetType: 'invitation',
        targetId: invitation.id,
        details: { username: name, role: input.role, departmentId: input.departmentId },
      });
      return invitation;
    });
  } catch (err) {
    if (isUniqueViolation(err)) {
      throw new AppError('conflict', 'An invitation to this name is already pending in this workspace.', [
        { field: 'username', problem: 'an invitation to this name is already pending' },
      ]);
    }
    throw err;
  }
}

export interface AnswerInput {
  userId: number;
  invitationId: number;
  actor: Actor;
  now: number;
}

async function openInvitation(q: Q, input: AnswerInput): Promise<InvitationRecord> {
  const invitation = await invitationQueries.getForUser(q, input.userId, input.invitationId);
  if (!invitation) throw new AppError('not_found', 'No such invitation.');
  const status = invitationStatusAt(invitation.status, invitation.expiresAt, input.now);
  if (status !== 'pending') throw new AppError('conflict', `This invitation is ${status}; it can no longer be answered.`);
  return invitation;
}

/** Joins the workspace in the invited role; answers with the workspace as the user now sees it. */
export async function acceptInvitation(q: Q, input: AnswerInput): Promise<WorkspaceWithRole> {
  return q.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, input);
    if (!(await invitationQueries.answer(trx, invitation.id, 'accepted', input.now))) {
      throw new AppError('conflict', 'This invitation was answered meanwhile.');
    }
    const audit = { ...input.actor, now: input.now, workspaceId: invitation.workspaceId };
    await auditQueries.record(trx, { ...audit, action: 'invitation.accept', targetType: 'invitation', targetId: invitation.id });
    const existing = await membershipQueries.get(trx, invitation.workspaceId, input.userId);
    if (!existing) {
      await membershipQueries.add(trx, {
        workspaceId: invitation.workspaceId,
        userId: input.userId,
        role: invitation.role,
        departmentId: invitation.departmentId,
        now: input.now,
      });
      await auditQueries.record(trx, {
        ...audit,
        action: 'member.add',
        targetType: 'user',
        targetId: input.userId,
        details: { role: invitation.role, departmentId: invitation.departmentId, invitationId: invitation.id, via: 'invitation' },
      });
    }
    const workspace = await workspaceQueries.byId(trx, invitation.workspaceId);
    if (!workspace) throw new AppError('not_found', 'No such workspace.');
    return { ...workspace, role: existing?.role ?? invitation.role };
  });
}

export async function declineInvitation(q: Q, input: AnswerInput): Promise<void> {
  await q.transaction().execute(async (trx) => {
    const invitation = await openInvitation(trx, input);
    if (!(await invitationQueries.answer(trx, invitation.id, 'declined', input.now))) {
      throw new AppError('conflict', 'This invitation was answered meanwhile.');
    }
    await auditQueries.record(trx, {
      ...input.actor,
      now: input.now,
      workspaceId: invitation.workspaceId,
      action: 'invitation.decline',
      targetType: 'invitation',
      targetId: invitation.id,
    });
  });
}

export async function revokeInvitation(
  q: Q,
  input: { workspaceId: number; invitationId: number; actor: Actor; now: number },
): Promise<void> {
  await q.transaction().execute(async (trx) => {
    const invitation = await invitationQueries.get(trx, input.workspaceId, input.invitationId);
    if (!invitation) throw new AppError('not_found', 'No such invitation.');
    const status = invitationStatusAt(invitation.status, invitation.expiresAt, input.now);
    if (status !== 'pending' || !(await invitationQueries.answer(trx, invitation.id, 'revoked', input.now))) {
      throw new AppError('conflict', `This invitation is ${status}; only a pending one can be revoked.`);
    }
    await auditQueries.record(trx, {
      ...input.actor,
      now: input.now,
      workspaceId: input.workspaceId,
      action: 'invitation.revoke',
      targetType: 'invitation',
      targetId: invitation.id,
    });
  });
}
