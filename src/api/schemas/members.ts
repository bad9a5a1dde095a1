/** Wire shapes for a workspace's members: listing, adding (new or existing user), changing, removing. */
import { z } from '@hono/zod-openapi';
import { minPasswordLength } from '../../auth/rules.js';
import { normalizeUsername, usernameProblem } from '../../domain/usernames.js';
import { roleSchema } from './auth.js';
import { pathId, workspaceIdParam } from './common.js';

/** A username as a person types it; stored in NFKC form, one script (`domain/usernames.ts`). */
export const usernameSchema = z
  .string()
  .trim()
  .max(200)
  .superRefine((name, ctx) => {
    const problem = usernameProblem(normalizeUsername(name));
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .openapi({ example: 'zhang.wei' });

export const newPasswordSchema = z.string().min(minPasswordLength, `expected at least ${minPasswordLength} characters`).max(1000);

export const memberViewSchema = z
  .object({
    userId: z.number().int(),
    username: z.string(),
    displayName: z.string(),
    email: z.string().nullable(),
    role: roleSchema,
    departmentId: z.number().int().nullable(),
    disabled: z.boolean(),
    joinedAt: z.string(),
  })
  .openapi('Member');

export const memberListSchema = z.object({ items: z.array(memberViewSchema) }).openapi('MemberList');

export const addMemberBodySchema = z
  .object({
    username: usernameSchema,
    role: roleSchema,
    departmentId: z.number().int().positive().nullable().optional(),
    password: newPasswordSchema.optional().openapi({
      description:
        'Give a password to create a new user. Omit it to invite a user by username instead: the answer is then 202 with the invitation, the same whether or not the name exists.',
    }),
    displayName: z.string().trim().min(1).max(200).optional(),
    email: z.email().max(320).optional(),
  })
  .openapi('AddMemberRequest');

export const patchMemberBodySchema = z
  .object({
    role: roleSchema.optional(),
    departmentId: z.number().int().positive().nullable().optional(),
  })
  .refine((b) => b.role !== undefined || b.departmentId !== undefined, { message: 'change at least one of role, departmentId' })
  .openapi('PatchMemberRequest');

export const memberParams = workspaceIdParam.extend({ userId: pathId('userId') });

export type MemberView = z.infer<typeof memberViewSchema>;
export type AddMemberBody = z.infer<typeof addMemberBodySchema>;
export type PatchMemberBody = z.infer<typeof patchMemberBodySchema>;
