/** Wire shapes for sources: where mentions come from (a feed, a site, an account, an API, an import). */
import { z } from '@hono/zod-openapi';
import { pathId, workspaceIdParam } from './common.js';

const sourceName = z.string().trim().min(1).max(200);
const sourceKind = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'expected a short lower-case word such as rss, api, import, weibo')
  .openapi({ example: 'rss' });

export const sourceViewSchema = z
  .object({
    id: z.number().int(),
    key: z.string().openapi({ description: 'The `source` value incoming items carry.' }),
    name: z.string(),
    kind: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
  })
  .openapi('Source');

export const sourceListSchema = z.object({ items: z.array(sourceViewSchema) }).openapi('SourceList');

export const createSourceBodySchema = z
  .object({
    key: z.string().trim().min(1).max(200).openapi({ example: 'news.example.com' }),
    name: sourceName,
    kind: sourceKind,
    active: z.boolean().optional(),
  })
  .openapi('CreateSourceRequest');

export const patchSourceBodySchema = z
  .object({ name: sourceName.optional(), kind: sourceKind.optional(), active: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.kind !== undefined || b.active !== undefined, {
    message: 'change at least one of name, kind, active',
  })
  .openapi('PatchSourceRequest');

export const sourceParams = workspaceIdParam.extend({ sourceId: pathId('sourceId') });

export type SourceView = z.infer<typeof sourceViewSchema>;
export type CreateSourceBody = z.infer<typeof createSourceBodySchema>;
export type PatchSourceBody = z.infer<typeof patchSourceBodySchema>;
