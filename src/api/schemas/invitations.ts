/** Wire shapes for invitations: what an admin sends and sees, and what the invited user sees. */
import { z } from '@hono/zod-openapi';
import { invitationStatuses } from '../../domain/invitations.js';
import { roleSchema } from './auth.js';
import { pathId, workspaceIdParam } from './common.js';
import { usernameSchema } from './members.js';

export const inviteBodySchema = z
  .object({
    username: usernameSchema,
    role: roleSchema,
    departmentId: z.number().int().positive().nullable().optional(),
  })
  .openapi('InviteRequest');

/**
 * An invitation as the workspace's admins see it. It looks the same whether or not a user holds
 * the name: an invitation to a name nobody holds stays pending until it expires.
 */
export const invitationViewSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    role: roleSchema,
    departmentId: z.number().int().nullable(),
    status: z.enum(invitationStatuses),
    invitedByUserId: z.number().int().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
    answeredAt: z.string().nullable(),
  })
  .openapi('Invitation');

export const invitationListSchema = z.object({ items: z.array(invitationViewSchema) }).openapi('InvitationList');

/** An open invitation as the invited user sees it. */
export const receivedInvitationSchema = z
  .object({
    id: z.number().int(),
    workspace: z.object({ id: z.number().int(), slug: z.string(), name: z.string() }),
    role: roleSchema,
    invitedBy: z.string().nullable(),
    createdAt: z.string(),
    expiresAt: z.string(),
  })
  .openapi('ReceivedInvitation');

export const receivedInvitationListSchema = z.object({ items: z.array(receivedInvitationSchema) }).openapi('ReceivedInvitationList');

export const invitationParams = workspaceIdParam.extend({ invitationId: pathId('invitationId') });
export const myInvitationParams = z.object({ invitationId: pathId('invitationId') });

export type InviteBody = z.infer<typeof inviteBodySchema>;
export type InvitationView = z.infer<typeof invitationViewSchema>;
export type ReceivedInvitationView = z.infer<typeof receivedInvitationSchema>;
