/** Key accounts (关键传播账号, KOLs) of a topic set over any period: who drew the onward spread, and their reach. */
import { createRoute } from '@hono/zod-openapi';
import { keyAccounts } from '../../store/queries/key-accounts.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { periodOf } from '../period.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { keyAccountsQuerySchema, keyAccountsSchema } from '../schemas/key-accounts.js';

const get = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/key-accounts',
  tags: ['dashboard'],
  summary: 'Key accounts of a period and topic set: the authors whose posts drew the most reposts, replies and quotes, then the most reach',
  security: authenticated,
  request: { params: workspaceIdParam, query: keyAccountsQuerySchema },
  responses: { 200: json(keyAccountsSchema, 'The accounts, most onward spread first.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerKeyAccountRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(get, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const p = c.req.valid('query');
    const { from, to } = periodOf(p, deps.now());
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const items = await keyAccounts(deps.db.kysely, { workspaceId, from, to, topicIds: p.topics ?? [] }, p.limit);
    return c.json({ from: new Date(from).toISOString(), to: new Date(to).toISOString(), items }, 200);
  });
}
