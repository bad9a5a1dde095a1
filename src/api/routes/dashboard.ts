/** The dashboard (首页): every aggregation of a period and topic set in one answer, from the rollups. */
import { createRoute } from '@hono/zod-openapi';
import { type DashboardScope, dashboardQueries } from '../../store/queries/dashboard.js';
import { topicQueries } from '../../store/queries/topics.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { periodOf } from '../period.js';
import { presentDashboard } from '../present/dashboard.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { dashboardQuerySchema, dashboardSchema } from '../schemas/dashboard.js';

const DAY = 86_400_000;

const get = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/dashboard',
  tags: ['dashboard'],
  summary:
    'The dashboard of a period and topic set: volume by sentiment and channel, sentiment index, share of voice, top lists, regions, high-risk mentions',
  security: authenticated,
  request: { params: workspaceIdParam, query: dashboardQuerySchema },
  responses: { 200: json(dashboardSchema, 'The aggregations of the period.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerDashboardRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  app.openapi(get, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const p = c.req.valid('query');
    const { from, to } = periodOf(p, deps.now());
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const scope: DashboardScope = { workspaceId, from, to, topicIds: p.topics ?? [] };
    const topics = await topicQueries.list(q, workspaceId);
    const compared = p.topics ?? topics.filter((t) => t.active).map((t) => t.id);
    const [volume, perTopic, tops, highRisk] = await Promise.all([
      dashboardQueries.volume(q, scope),
      dashboardQueries.perTopic(q, scope, compared),
      dashboardQueries.tops(q, scope, { keyword: 80, source: 10, author: 10, province: 40, country: 60 }),
      dashboardQueries.highRisk(q, scope, 10),
    ]);
    const sourceNames = await dashboardQueries.sourceNames(
      q,
      workspaceId,
      tops.source.map((s) => Number(s.value)),
    );
    const bucket = p.bucket ?? (to - from <= 3 * DAY ? 'hour' : 'day');
    const topicNames = new Map(topics.map((t) => [t.id, t.name]));
    return c.json(presentDashboard({ from, to, bucket, tzMinutes: p.tz, volume, perTopic, topicNames, tops, sourceNames, highRisk }), 200);
  });
}
