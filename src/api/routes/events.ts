/** Events (舆情事件) of a workspace: the list, one event's page, and the analysts' corrections and severity override. */
import { createRoute } from '@hono/zod-openapi';
import { defaultClusterOptions } from '../../events/types.js';
import { eventCounts, listEvents, sortKey } from '../../store/queries/events-read.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { presentEventSummary } from '../present/events.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { eventDetailQuerySchema, eventDetailSchema, eventListQuerySchema, eventListSchema, eventParams } from '../schemas/events.js';
import { registerEventCorrectionRoutes } from './event-corrections.js';
import { eventDetail } from './event-detail.js';

const tags = ['events'];
const base = '/api/v1/workspaces/{workspaceId}/events';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Events of the workspace, most severe first (or most recent, or largest)',
  security: authenticated,
  request: { params: workspaceIdParam, query: eventListQuerySchema },
  responses: { 200: json(eventListSchema, 'One page of events.'), ...errorResponses(400, 401, 403, 404) },
});

const get = createRoute({
  method: 'get',
  path: `${base}/{eventId}`,
  tags,
  summary: 'One event: summary citing mentions, origin, timeline, sources, regions, severity explained, spread, forecast, corrections',
  security: authenticated,
  request: { params: eventParams, query: eventDetailQuerySchema },
  responses: { 200: json(eventDetailSchema, 'The event.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerEventRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  const windowMs = defaultClusterOptions.windowMs;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const p = c.req.valid('query');
    const after = p.cursor === undefined ? undefined : decodeCursor(p.cursor, p.sort === 'severity' ? 3 : 2);
    const filters = {
      status: p.status,
      severity: p.severity,
      topic: p.topic,
      from: p.from === undefined ? undefined : Date.parse(p.from),
      to: p.to === undefined ? undefined : Date.parse(p.to),
      q: p.q?.trim() || undefined,
      sort: p.sort,
      endedBefore: deps.now() - windowMs,
    };
    const rows = await listEvents(q, workspaceId, filters, p.limit + 1, after);
    const items = rows.slice(0, p.limit);
    const counts = await eventCounts(
      q,
      workspaceId,
      items.map((e) => Number(e.id)),
    );
    const last = items[items.length - 1];
    const now = deps.now();
    return c.json(
      {
        items: items.map((e) => presentEventSummary(e, counts.get(Number(e.id)), now, windowMs)),
        nextCursor: rows.length > p.limit && last ? encodeCursor(sortKey(last, p.sort)) : null,
      },
      200,
    );
  });

  app.openapi(get, async (c) => {
    const { workspaceId, eventId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    return c.json(await eventDetail(deps, c, workspaceId, eventId, c.req.valid('query')), 200);
  });

  registerEventCorrectionRoutes(app, deps);
}
