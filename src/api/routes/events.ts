/** Events (舆情事件) of a workspace: the list, one event's page, and the analysts' corrections and severity override. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { defaultClusterOptions } from '../../events/types.js';
import { eventMembers } from '../../store/queries/events-describe.js';
import {
  correctionsOf,
  detailMentions,
  eventCounts,
  eventRegions,
  getEvent,
  listEvents,
  relatedEvents,
  sortKey,
  usernameOf,
} from '../../store/queries/events-read.js';
import { readSeverityModel } from '../../store/queries/severity-model.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { type Lang, presentEventDetail, presentEventSummary } from '../present/events.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { eventDetailQuerySchema, eventDetailSchema, eventListQuerySchema, eventListSchema, eventParams } from '../schemas/events.js';
import { registerEventCorrectionRoutes } from './event-corrections.js';

const tags = ['events'];
const base = '/api/v1/workspaces/{workspaceId}/events';
/** Mentions an event page reads (the newest): timeline, spread, sources and forecast are drawn from these. */
const PAGE_MENTIONS = 5000;
const SUMMARY_MEMBERS = 200;

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

export const noSuchEvent = () => new AppError('not_found', 'No such event.');

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
    const p = c.req.valid('query');
    const event = await getEvent(q, workspaceId, eventId);
    if (!event) throw noSuchEvent();
    const origin = event.origin_mention_id === null ? null : Number(event.origin_mention_id);
    const [counts, members, mentions, regions, corrections, related, overrideBy, model] = await Promise.all([
      eventCounts(q, workspaceId, [eventId]),
      eventMembers(q, workspaceId, eventId, SUMMARY_MEMBERS, origin),
      detailMentions(q, workspaceId, eventId, PAGE_MENTIONS),
      eventRegions(q, workspaceId, eventId),
      correctionsOf(q, workspaceId, [eventId]),
      relatedEvents(q, workspaceId, eventId),
      usernameOf(q, event.override_by === null ? null : Number(event.override_by)),
      readSeverityModel(deps.db, workspaceId),
    ]);
    const lang: Lang = p.lang ?? (/^\s*en/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh');
    return c.json(
      presentEventDetail({
        event,
        counts: counts.get(eventId),
        members,
        mentions,
        regions,
        corrections,
        related,
        overrideBy,
        model,
        lang,
        tzMinutes: p.tz,
        now: deps.now(),
        windowMs,
      }),
      200,
    );
  });

  registerEventCorrectionRoutes(app, deps);
}
