/** A workspace's topics (named queries to watch): list, read, create, change, delete. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { parseQuery } from '../../match/index.js';
import { topicMatcherResource } from '../../pipeline/stages/match-topics.js';
import { auditQueries, topicQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentTopic } from '../present/watch.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { createTopicBodySchema, patchTopicBodySchema, topicListSchema, topicParams, topicViewSchema } from '../schemas/topics.js';

const tags = ['topics'];
const base = '/api/v1/workspaces/{workspaceId}/topics';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Topics of the workspace',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(topicListSchema, 'Topics.'), ...errorResponses(400, 401, 403, 404) },
});

const get = createRoute({
  method: 'get',
  path: `${base}/{topicId}`,
  tags,
  summary: 'One topic',
  security: authenticated,
  request: { params: topicParams },
  responses: { 200: json(topicViewSchema, 'The topic.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Create a topic',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createTopicBodySchema) },
  responses: { 201: json(topicViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 404) },
});

const patch = createRoute({
  method: 'patch',
  path: `${base}/{topicId}`,
  tags,
  summary: 'Change a topic’s name, query or active flag',
  security: authenticated,
  request: { params: topicParams, body: jsonBody(patchTopicBodySchema) },
  responses: { 200: json(topicViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: `${base}/{topicId}`,
  tags,
  summary: 'Delete a topic',
  security: authenticated,
  request: { params: topicParams },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(400, 401, 403, 404) },
});

const noSuchTopic = () => new AppError('not_found', 'No such topic.');

/** A query that does not parse is refused with 400 naming `query` and the column (QuerySyntaxError). */
function checkQuery(query: string | undefined): void {
  if (query !== undefined) parseQuery(query);
}

export function registerTopicRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.read');
    const items = await topicQueries.list(q, workspaceId);
    return c.json({ items: items.map(presentTopic) }, 200);
  });

  app.openapi(get, async (c) => {
    const { workspaceId, topicId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.read');
    const topic = await topicQueries.get(q, workspaceId, topicId);
    if (!topic) throw noSuchTopic();
    return c.json(presentTopic(topic), 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const { principal } = await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    checkQuery(body.query);
    const now = deps.now();
    const topic = await q.transaction().execute(async (trx) => {
      const t = await topicQueries.create(trx, { workspaceId, ...body, createdBy: principal.user.id, now });
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'topic.create', workspaceId, targetType: 'topic', targetId: t.id, details: body }),
      );
      return t;
    });
    deps.resources.invalidate(workspaceId, topicMatcherResource);
    return c.json(presentTopic(topic), 201);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId, topicId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    checkQuery(body.query);
    const now = deps.now();
    const topic = await q.transaction().execute(async (trx) => {
      const t = await topicQueries.update(trx, workspaceId, topicId, body, now);
      if (!t) throw noSuchTopic();
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'topic.update', workspaceId, targetType: 'topic', targetId: topicId, details: body }),
      );
      return t;
    });
    deps.resources.invalidate(workspaceId, topicMatcherResource);
    return c.json(presentTopic(topic), 200);
  });

  app.openapi(remove, async (c) => {
    const { workspaceId, topicId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      const existing = await topicQueries.get(trx, workspaceId, topicId);
      if (!existing || !(await topicQueries.remove(trx, workspaceId, topicId))) throw noSuchTopic();
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'topic.delete',
          workspaceId,
          targetType: 'topic',
          targetId: topicId,
          details: { name: existing.name },
        }),
      );
    });
    deps.resources.invalidate(workspaceId, topicMatcherResource);
    return c.body(null, 204);
  });
}
