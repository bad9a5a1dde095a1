/** Reading a workspace's audit log, newest first (admins). */
import { createRoute } from '@hono/zod-openapi';
import { auditQueries } from '../../store/queries/index.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { presentAuditEntry } from '../present/records.js';
import { requireAccess } from '../request.js';
import { auditPageSchema } from '../schemas/audit.js';
import { pageQuery, workspaceIdParam } from '../schemas/common.js';

const list = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/audit',
  tags: ['audit'],
  summary: 'The workspace’s audit log, newest first (admins)',
  security: authenticated,
  request: { params: workspaceIdParam, query: pageQuery },
  responses: { 200: json(auditPageSchema, 'One page of entries.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerAuditRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'audit.read');
    const { limit, cursor } = c.req.valid('query');
    const [beforeId] = cursor === undefined ? [] : decodeCursor(cursor, 1);
    const rows = await auditQueries.page(deps.db.kysely, workspaceId, {
      limit: limit + 1,
      ...(beforeId !== undefined ? { beforeId } : {}),
    });
    const items = rows.slice(0, limit);
    const last = items[items.length - 1];
    return c.json({ items: items.map(presentAuditEntry), nextCursor: rows.length > limit && last ? encodeCursor([last.id]) : null }, 200);
  });
}
