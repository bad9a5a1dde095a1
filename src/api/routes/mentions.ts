/** Reading a workspace's mentions, newest first, one keyset page at a time. */
import { createRoute } from '@hono/zod-openapi';
import { mentionReadQueries } from '../../store/queries/index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { presentMention } from '../present/records.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { mentionListQuerySchema, mentionPageSchema } from '../schemas/mentions.js';

const list = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/mentions',
  tags: ['mentions'],
  summary: 'Mentions of the workspace, newest first',
  security: authenticated,
  request: { params: workspaceIdParam, query: mentionListQuerySchema },
  responses: { 200: json(mentionPageSchema, 'One page of mentions.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerMentionRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const { limit, cursor, event, severity } = c.req.valid('query');
    const filter = { event, severity };
    const [sortAt, id] = cursor === undefined ? [] : decodeCursor(cursor, 2);
    const after = sortAt !== undefined && id !== undefined ? { sortAt, id } : undefined;
    const rows = await mentionReadQueries.page(q, workspaceId, { limit: limit + 1, filter, ...(after ? { after } : {}) });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    const nextCursor = rows.length > limit && last ? encodeCursor([last.sortAt, last.id]) : null;
    const total = await mentionReadQueries.count(q, workspaceId, filter);
    return c.json({ items: items.map(presentMention), nextCursor, total }, 200);
  });
}
