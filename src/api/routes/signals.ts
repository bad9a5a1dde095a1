/** Burst signals (突发信号): the spikes stored per topic by the pipeline's signals step, newest first. */
import { createRoute } from '@hono/zod-openapi';
import { signalQueries } from '../../store/queries/signals.js';
import { topicQueries } from '../../store/queries/topics.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { periodOf } from '../period.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { signalListSchema, signalsQuerySchema } from '../schemas/signals.js';

const list = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/signals',
  tags: ['signals'],
  summary: 'Burst signals of a period: spikes in the topics’ hourly volume, newest first',
  security: authenticated,
  request: { params: workspaceIdParam, query: signalsQuerySchema },
  responses: { 200: json(signalListSchema, 'The signals of the period.'), ...errorResponses(400, 401, 403, 404) },
});

const iso = (ms: number) => new Date(ms).toISOString();
const num = (v: unknown) => (typeof v === 'number' ? v : 0);

export function registerSignalRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const p = c.req.valid('query');
    const { from, to } = periodOf(p, deps.now());
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const [rows, topics] = await Promise.all([
      signalQueries.list(q, workspaceId, { from, to, limit: p.limit, ...(p.topics ? { topicIds: p.topics } : {}) }),
      topicQueries.list(q, workspaceId),
    ]);
    const names = new Map(topics.map((t) => [t.id, t.name]));
    return c.json(
      {
        signals: rows.map((s) => ({
          id: s.id,
          topicId: s.topicId,
          topicName: names.get(s.topicId) ?? '',
          eventId: s.eventId,
          at: iso(s.at),
          score: s.score,
          windowMs: s.windowMs,
          count: num(s.details.count),
          expected: num(s.details.expected),
          start: iso(num(s.details.start) || s.at),
          warmingUp: s.details.warmingUp === true,
        })),
      },
      200,
    );
  });
}
