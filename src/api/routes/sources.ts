/** A workspace's sources (where mentions come from): list, create, change. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, sourceQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentSource } from '../present/watch.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { createSourceBodySchema, patchSourceBodySchema, sourceListSchema, sourceParams, sourceViewSchema } from '../schemas/sources.js';

const tags = ['sources'];
const base = '/api/v1/workspaces/{workspaceId}/sources';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Sources of the workspace',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(sourceListSchema, 'Sources.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Register a source',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createSourceBodySchema) },
  responses: { 201: json(sourceViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const patch = createRoute({
  method: 'patch',
  path: `${base}/{sourceId}`,
  tags,
  summary: 'Change a source’s name, kind or active flag',
  security: authenticated,
  request: { params: sourceParams, body: jsonBody(patchSourceBodySchema) },
  responses: { 200: json(sourceViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerSourceRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.read');
    const items = await sourceQueries.list(q, workspaceId);
    return c.json({ items: items.map(presentSource) }, 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const body = c.req.valid('json');
    const now = deps.now();
    const source = await orConflict(
      q.transaction().execute(async (trx) => {
        const s = await sourceQueries.create(trx, { workspaceId, ...body, now });
        await auditQueries.record(
          trx,
          auditFrom(c, now, { action: 'source.create', workspaceId, targetType: 'source', targetId: s.id, details: body }),
        );
        return s;
      }),
      'key',
      'the workspace has a source with this key',
    );
    return c.json(presentSource(source), 201);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId, sourceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const body = c.req.valid('json');
    const now = deps.now();
    const source = await q.transaction().execute(async (trx) => {
      const s = await sourceQueries.update(trx, workspaceId, sourceId, body);
      if (!s) throw new AppError('not_found', 'No such source.');
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'source.update', workspaceId, targetType: 'source', targetId: sourceId, details: body }),
      );
      return s;
    });
    return c.json(presentSource(source), 200);
  });
}
