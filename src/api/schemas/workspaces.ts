/** Wire shapes for creating, listing and renaming workspaces (the view itself is in auth.ts). */
import { z } from '@hono/zod-openapi';
import { workspaceViewSchema } from './auth.js';

export const slugSchema = z
  .string()
  .trim()
  .regex(/^[a-z0-9][a-z0-9-]{0,62}$/, 'expected lower-case letters, digits and dashes (at most 63), starting with a letter or digit')
  .openapi({ example: 'acme' });

export const workspaceNameSchema = z.string().trim().min(1).max(200);

export const workspaceListSchema = z.object({ items: z.array(workspaceViewSchema) }).openapi('WorkspaceList');

export const createWorkspaceBodySchema = z.object({ slug: slugSchema, name: workspaceNameSchema }).openapi('CreateWorkspaceRequest');

export const patchWorkspaceBodySchema = z
  .object({ slug: slugSchema.optional(), name: workspaceNameSchema.optional() })
  .refine((b) => b.slug !== undefined || b.name !== undefined, { message: 'change at least one of slug, name' })
  .openapi('PatchWorkspaceRequest');

export type CreateWorkspaceBody = z.infer<typeof createWorkspaceBodySchema>;
export type PatchWorkspaceBody = z.infer<typeof patchWorkspaceBodySchema>;
