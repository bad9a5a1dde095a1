/** A workspace's category taxonomy (each category a query): list (seeding the defaults on first use), create, change, delete. Edits apply at once. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { parseQuery } from '../../match/index.js';
import { DEFAULT_CATEGORIES } from '../../nlp/categories/defaults.js';
import { enrichmentResource } from '../../pipeline/stages/enrichment-resources.js';
import { categoryQueries } from '../../store/queries/categories.js';
import { auditQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentCategory } from '../present/analysis-settings.js';
import { auditFrom, requireAccess } from '../request.js';
import {
  categoryListSchema,
  categoryParams,
  categoryViewSchema,
  createCategorySchema,
  patchCategorySchema,
} from '../schemas/analysis-settings.js';
import { workspaceIdParam } from '../schemas/common.js';

const tags = ['analysis settings'];
const base = '/api/v1/workspaces/{workspaceId}/categories';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Categories of the workspace (the defaults are created on first use)',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(categoryListSchema, 'Categories.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Create a category',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createCategorySchema) },
  responses: { 201: json(categoryViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const patch = createRoute({
  method: 'patch',
  path: `${base}/{categoryId}`,
  tags,
  summary: 'Change a category’s name, query or active flag',
  security: authenticated,
  request: { params: categoryParams, body: jsonBody(patchCategorySchema) },
  responses: { 200: json(categoryViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: `${base}/{categoryId}`,
  tags,
  summary: 'Delete a category',
  security: authenticated,
  request: { params: categoryParams },
  responses: { 204: { description: 'Deleted.' }, ...errorResponses(400, 401, 403, 404) },
});

const noSuchCategory = () => new AppError('not_found', 'No such category.');

export function registerCategoryRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.read');
    await categoryQueries.seed(q, workspaceId, DEFAULT_CATEGORIES, deps.now());
    const items = await categoryQueries.list(q, workspaceId);
    return c.json({ items: items.map(presentCategory) }, 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    parseQuery(body.query);
    const now = deps.now();
    await categoryQueries.seed(q, workspaceId, DEFAULT_CATEGORIES, now);
    const category = await q.transaction().execute(async (trx) => {
      const created = await orConflict(
        categoryQueries.create(trx, { workspaceId, ...body, now }),
        'key',
        'a category with this key exists',
      );
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'category.create', workspaceId, targetType: 'category', targetId: created.id, details: body }),
      );
      return created;
    });
    deps.resources.invalidate(workspaceId, enrichmentResource);
    return c.json(presentCategory(category), 201);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId, categoryId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const body = c.req.valid('json');
    if (body.query !== undefined) parseQuery(body.query);
    const now = deps.now();
    const category = await q.transaction().execute(async (trx) => {
      const changed = await categoryQueries.update(trx, workspaceId, categoryId, body, now);
      if (!changed) throw noSuchCategory();
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'category.update', workspaceId, targetType: 'category', targetId: categoryId, details: body }),
      );
      return changed;
    });
    deps.resources.invalidate(workspaceId, enrichmentResource);
    return c.json(presentCategory(category), 200);
  });

  app.openapi(remove, async (c) => {
    const { workspaceId, categoryId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'topic.write');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      if (!(await categoryQueries.remove(trx, workspaceId, categoryId))) throw noSuchCategory();
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'category.delete', workspaceId, targetType: 'category', targetId: categoryId, details: {} }),
      );
    });
    deps.resources.invalidate(workspaceId, enrichmentResource);
    return c.body(null, 204);
  });
}
