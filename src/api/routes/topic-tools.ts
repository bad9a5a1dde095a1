/**
 * Trying a topic query on stored mentions: preview (what it would have matched) and apply (tag them retroactively),
 * both over the same window — the last `TOPIC_TRIAL_DAYS` days unless the caller gives a range — which each answer names.
 */
import { createRoute } from '@hono/zod-openapi';
import { TOPIC_TRIAL_DAYS } from '../../domain/topic-window.js';
import { AppError } from '../../errors/catalogue.js';
import { parseQuery, printQuery } from '../../match/index.js';
import { withFamilies } from '../../search/family.js';
import { findMatches, pageOf, rowsOfHits } from '../../search/search.js';
import { auditQueries, topicQueries } from '../../store/queries/index.js';
import { searchQueries } from '../../store/queries/search.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentHits } from '../present/search.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { applyBodySchema, applyResultSchema, previewBodySchema, previewResultSchema } from '../schemas/search.js';
import { topicParams } from '../schemas/topics.js';
import { msOrUndefined } from './search.js';

const base = '/api/v1/workspaces/{workspaceId}/topics';
const DAY = 24 * 60 * 60 * 1000;

/** `[from, to)` in epoch ms: the caller's range, else the last TOPIC_TRIAL_DAYS days up to now. */
function windowOf(now: number, range: { from?: string | undefined; to?: string | undefined }): { from: number; to: number } {
  return { from: msOrUndefined(range.from) ?? now - TOPIC_TRIAL_DAYS * DAY, to: msOrUndefined(range.to) ?? now + 1 };
}

const windowView = (w: { from: number; to: number }) => ({ from: new Date(w.from).toISOString(), to: new Date(w.to).toISOString() });

const preview = createRoute({
  method: 'post',
  path: `${base}/preview`,
  tags: ['topics'],
  summary: `What a query would have matched in the last ${TOPIC_TRIAL_DAYS} days: count and a sample`,
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(previewBodySchema) },
  responses: { 200: json(previewResultSchema, 'Count and newest matches.'), ...errorResponses(400, 401, 403, 404) },
});

const apply = createRoute({
  method: 'post',
  path: `${base}/{topicId}/apply`,
  tags: ['topics'],
  summary: `Tag stored mentions in a time range (default: the last ${TOPIC_TRIAL_DAYS} days, as preview) with the topic (idempotent)`,
  security: authenticated,
  request: { params: topicParams, body: jsonBody(applyBodySchema) },
  responses: { 200: json(applyResultSchema, 'Matched and newly tagged.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerTopicToolRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(preview, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.read');
    const tree = parseQuery(c.req.valid('json').query);
    const window = windowOf(deps.now(), {});
    const set = await findMatches(q, workspaceId, tree, window);
    const newest = await rowsOfHits(q, workspaceId, pageOf(set.hits, 'time', null, 10).slice(0, 10));
    const sample = presentHits(tree, await withFamilies(q, workspaceId, newest));
    return c.json({ count: set.hits.length, query: printQuery(tree), sample, window: windowView(window) }, 200);
  });

  app.openapi(apply, async (c) => {
    const { workspaceId, topicId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    const topic = await topicQueries.get(q, workspaceId, topicId);
    if (!topic) throw new AppError('not_found', 'No such topic.');
    const now = deps.now();
    const window = windowOf(now, body);
    const set = await findMatches(q, workspaceId, topic.query, window);
    const added = await searchQueries.tagTopic(
      q,
      workspaceId,
      topicId,
      set.hits.map((h) => h.id),
      now,
    );
    await auditQueries.record(
      q,
      auditFrom(c, now, {
        action: 'topic.apply',
        workspaceId,
        targetType: 'topic',
        targetId: topicId,
        details: { ...windowView(window), matched: set.hits.length, added },
      }),
    );
    return c.json({ matched: set.hits.length, added, window: windowView(window) }, 200);
  });
}
