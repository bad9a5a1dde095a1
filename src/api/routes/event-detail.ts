/** One event's page, read and presented: what GET answers and every correction returns. */
import type { z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../errors/catalogue.js';
import { defaultClusterOptions } from '../../events/types.js';
import { eventMembers } from '../../store/queries/events-describe.js';
import {
  correctionsOf,
  detailMentions,
  eventCounts,
  eventHourly,
  eventRegions,
  eventTops,
  getEvent,
  relatedEvents,
  usernameOf,
} from '../../store/queries/events-read.js';
import { readSeverityModel } from '../../store/queries/severity-model.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { type Lang, presentEventDetail } from '../present/events.js';
import type { EventDetail, eventDetailQuerySchema } from '../schemas/events.js';

/** Mentions an event page reads (the newest) for its spread, origin and first mention per channel; timeline, tops and forecast count them all. */
const PAGE_MENTIONS = 5000;
const SUMMARY_MEMBERS = 200;

export async function eventDetail(
  deps: RouteDeps,
  c: Context<AppEnv>,
  workspaceId: number,
  eventId: number,
  p: z.infer<typeof eventDetailQuerySchema>,
): Promise<EventDetail> {
  const q = deps.db.kysely;
  const event = await getEvent(q, workspaceId, eventId);
  if (!event) throw new AppError('not_found', 'No such event.');
  const origin = event.origin_mention_id === null ? null : Number(event.origin_mention_id);
  const [counts, members, mentions, regions, corrections, related, overrideBy, model, local, utc, tops] = await Promise.all([
    eventCounts(q, workspaceId, [eventId]),
    eventMembers(q, workspaceId, eventId, SUMMARY_MEMBERS, origin),
    detailMentions(q, workspaceId, eventId, PAGE_MENTIONS),
    eventRegions(q, workspaceId, eventId),
    correctionsOf(q, workspaceId, [eventId]),
    relatedEvents(q, workspaceId, eventId),
    usernameOf(q, event.override_by === null ? null : Number(event.override_by)),
    readSeverityModel(deps.db, workspaceId),
    eventHourly(q, workspaceId, eventId, p.tz * 60_000),
    eventHourly(q, workspaceId, eventId, 0),
    eventTops(q, workspaceId, eventId, 20),
  ]);
  const lang: Lang = p.lang ?? (/^\s*en/i.test(c.req.header('accept-language') ?? '') ? 'en' : 'zh');
  return presentEventDetail({
    event,
    counts: counts.get(eventId),
    members,
    mentions,
    regions,
    hourly: { local, utc },
    tops,
    corrections,
    related,
    overrideBy,
    model,
    lang,
    tzMinutes: p.tz,
    now: deps.now(),
    windowMs: defaultClusterOptions.windowMs,
  });
}
