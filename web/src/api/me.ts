/** The signed-in user's own things: invitations to answer and the password. */
import type { ChangePasswordBody, PasswordChanged, WorkspaceView } from '../../../src/api/schemas/auth.js';
import type { ReceivedInvitationView } from '../../../src/api/schemas/invitations.js';
import { request } from './client.js';

export function listMyInvitations(signal?: AbortSignal): Promise<{ items: ReceivedInvitationView[] }> {
  return request('/me/invitations', { signal });
}

export function acceptInvitation(id: number): Promise<WorkspaceView> {
  return request(`/me/invitations/${id}/accept`, { method: 'POST' });
}

export function declineInvitation(id: number): Promise<void> {
  return request(`/me/invitations/${id}/decline`, { method: 'POST' });
}

export function changePassword(body: ChangePasswordBody): Promise<PasswordChanged> {
  return request('/me/password', { method: 'POST', body });
}
