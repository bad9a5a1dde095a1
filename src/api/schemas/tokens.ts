/** Wire shapes for API tokens: listing one's own, creating one (the secret is shown once). */
import { z } from '@hono/zod-openapi';
import { pathId } from './common.js';

export const tokenViewSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the token, to recognise it.', example: 'yq_Ab12Cd' }),
    createdAt: z.string(),
    lastUsedAt: z.string().nullable(),
    expiresAt: z.string().nullable(),
    revokedAt: z.string().nullable(),
  })
  .openapi('ApiToken');

export const tokenListSchema = z.object({ items: z.array(tokenViewSchema) }).openapi('ApiTokenList');

export const createTokenBodySchema = z
  .object({
    name: z.string().trim().min(1).max(200),
    expiresInDays: z.number().int().min(1).max(3650).optional().openapi({ description: 'Omit for a token that does not expire.' }),
  })
  .openapi('CreateApiTokenRequest');

export const createdTokenSchema = z
  .object({
    token: tokenViewSchema,
    secret: z.string().openapi({ description: 'Send as `Authorization: Bearer <secret>`. Shown only in this response.' }),
  })
  .openapi('CreatedApiToken');

export const tokenIdParam = z.object({ id: pathId('id') });

export type TokenView = z.infer<typeof tokenViewSchema>;
export type CreateTokenBody = z.infer<typeof createTokenBodySchema>;
export type CreatedToken = z.infer<typeof createdTokenSchema>;
