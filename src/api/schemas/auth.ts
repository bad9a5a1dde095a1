/** Wire shapes for login, the signed-in user, and API tokens. */
import { z } from '@hono/zod-openapi';
import { minPasswordLength } from '../../auth/rules.js';
import { roles } from '../../domain/roles.js';

export const roleSchema = z.enum(roles).openapi('Role');

export const loginBodySchema = z
  .object({
    username: z.string().trim().min(1).max(200),
    password: z.string().min(1).max(1000),
  })
  .openapi('LoginRequest');

export const userViewSchema = z
  .object({
    id: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    isSuperadmin: z.boolean(),
  })
  .openapi('User');

export const workspaceViewSchema = z
  .object({
    id: z.number().int(),
    slug: z.string(),
    name: z.string(),
    /** The caller's role in this workspace. */
    role: roleSchema,
  })
  .openapi('Workspace');

export const meViewSchema = z
  .object({
    user: userViewSchema,
    /** Send back as the `X-CSRF-Token` header on every cookie-authenticated write. */
    csrfToken: z.string().nullable(),
    workspaces: z.array(workspaceViewSchema),
    /** Open invitations to other workspaces, to answer at `/api/v1/me/invitations`. */
    pendingInvitations: z.number().int(),
  })
  .openapi('Me');

export const changePasswordBodySchema = z
  .object({
    currentPassword: z.string().min(1).max(1000),
    newPassword: z.string().min(minPasswordLength, `expected at least ${minPasswordLength} characters`).max(1000),
    keepApiTokens: z
      .boolean()
      .default(false)
      .openapi({ description: 'Keep the API tokens working; by default a password change revokes them.' }),
  })
  .openapi('ChangePasswordRequest');

export const passwordChangedSchema = z
  .object({
    /** The user's other sessions, now signed out; the session that made the change stays. */
    sessionsEnded: z.number().int(),
    tokensRevoked: z.number().int(),
  })
  .openapi('PasswordChanged');

export type UserView = z.infer<typeof userViewSchema>;
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;
export type MeView = z.infer<typeof meViewSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
export type ChangePasswordBody = z.input<typeof changePasswordBodySchema>;
export type PasswordChanged = z.infer<typeof passwordChangedSchema>;
