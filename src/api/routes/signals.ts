/** Burst signals (突发信号): the spikes stored per topic by the pipeline's signals step, newest first. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { signalQueries } from '../../store/queries/signals.js';
import { topicQueries } from '../../store/queries/topics.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { signalListSchema, signalsQuerySchema } from '../schemas/signals.js';

const DAY = 86_400_000;
const MAX_DAYS = 400;

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
    const to = p.to === undefined ? deps.now() : Date.parse(p.to);
    const from = p.from === undefined ? to - 7 * DAY : Date.parse(p.from);
    if (!(from < to) || to - from > MAX_DAYS * DAY)
      throw new AppError('invalid_request', `The period must start before it ends and span at most ${MAX_DAYS} days.`, [
        { field: 'from', problem: `must be before to, at most ${MAX_DAYS} days` },
      ]);
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
