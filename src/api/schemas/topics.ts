/** Wire shapes for topics: a named query to watch (checked against the query language by the routes; stored as written). */
import { z } from '@hono/zod-openapi';
import { pathId, workspaceIdParam } from './common.js';

const topicName = z.string().trim().min(1).max(200);
const topicQuery = z.string().trim().min(1, 'a topic needs a query').max(10_000).openapi({ example: '华为 AND (手机 OR 芯片)' });

export const topicViewSchema = z
  .object({
    id: z.number().int(),
    name: z.string(),
    query: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
    updatedAt: z.string(),
  })
  .openapi('Topic');

export const topicListSchema = z.object({ items: z.array(topicViewSchema) }).openapi('TopicList');

export const createTopicBodySchema = z
  .object({ name: topicName, query: topicQuery, active: z.boolean().optional() })
  .openapi('CreateTopicRequest');

export const patchTopicBodySchema = z
  .object({ name: topicName.optional(), query: topicQuery.optional(), active: z.boolean().optional() })
  .refine((b) => b.name !== undefined || b.query !== undefined || b.active !== undefined, {
    message: 'change at least one of name, query, active',
  })
  .openapi('PatchTopicRequest');

export const topicParams = workspaceIdParam.extend({ topicId: pathId('topicId') });

export type TopicView = z.infer<typeof topicViewSchema>;
export type CreateTopicBody = z.infer<typeof createTopicBodySchema>;
export type PatchTopicBody = z.infer<typeof patchTopicBodySchema>;
