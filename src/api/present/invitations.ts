/** Presenting invitations to the workspace's admins and to the invited user. */
import { invitationStatusAt } from '../../domain/invitations.js';
import type { InvitationRecord, ReceivedInvitation } from '../../store/queries/index.js';
import type { InvitationView, ReceivedInvitationView } from '../schemas/invitations.js';
import { iso, isoOrNull } from './time.js';

export function presentInvitation(i: InvitationRecord, now: number): InvitationView {
  return {
    id: i.id,
    username: i.inviteeName,
    role: i.role,
    departmentId: i.departmentId,
    status: invitationStatusAt(i.status, i.expiresAt, now),
    invitedByUserId: i.invitedBy,
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
    answeredAt: isoOrNull(i.answeredAt),
  };
}

export function presentReceivedInvitation(i: ReceivedInvitation): ReceivedInvitationView {
  return {
    id: i.id,
    workspace: { id: i.workspaceId, slug: i.workspaceSlug, name: i.workspaceName },
    role: i.role,
    invitedBy: i.inviterName,
    createdAt: iso(i.createdAt),
    expiresAt: iso(i.expiresAt),
  };
}
