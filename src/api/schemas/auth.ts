/** Wire shapes for login, the signed-in user, and API tokens. */
import { z } from '@hono/zod-openapi';
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
  })
  .openapi('Me');

export type UserView = z.infer<typeof userViewSchema>;
export type WorkspaceView = z.infer<typeof workspaceViewSchema>;
export type MeView = z.infer<typeof meViewSchema>;
export type LoginBody = z.infer<typeof loginBodySchema>;
