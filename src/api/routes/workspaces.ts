/**
 * Workspaces: the caller's list, creation (superadmins only; the creator becomes its admin),
 * reading one and renaming it. Access to one workspace goes through membership.
 */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, membershipQueries, workspaceQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentWorkspace } from '../present/people.js';
import { auditFrom, requireAccess, requireUser } from '../request.js';
import { workspaceViewSchema } from '../schemas/auth.js';
import { workspaceIdParam } from '../schemas/common.js';
import { createWorkspaceBodySchema, patchWorkspaceBodySchema, workspaceListSchema } from '../schemas/workspaces.js';

const tags = ['workspaces'];

const list = createRoute({
  method: 'get',
  path: '/api/v1/workspaces',
  tags,
  summary: 'Workspaces the caller belongs to, with their role in each',
  security: authenticated,
  responses: { 200: json(workspaceListSchema, 'The caller’s workspaces.'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post',
  path: '/api/v1/workspaces',
  tags,
  summary: 'Create a workspace (superadmins only); the creator becomes its admin',
  security: authenticated,
  request: { body: jsonBody(createWorkspaceBodySchema) },
  responses: { 201: json(workspaceViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 409) },
});

const get = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}',
  tags,
  summary: 'One workspace the caller belongs to',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(workspaceViewSchema, 'The workspace.'), ...errorResponses(400, 401, 404) },
});

const patch = createRoute({
  method: 'patch',
  path: '/api/v1/workspaces/{workspaceId}',
  tags,
  summary: 'Rename a workspace or change its slug (admins)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(patchWorkspaceBodySchema) },
  responses: { 200: json(workspaceViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 409) },
});

export function registerWorkspaceRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { user } = requireUser(c);
    const items = await workspaceQueries.listForUser(q, user.id);
    return c.json({ items: items.map(presentWorkspace) }, 200);
  });

  app.openapi(create, async (c) => {
    const { user } = requireUser(c);
    if (!user.isSuperadmin) throw new AppError('forbidden', 'Only superadmins create workspaces.');
    const body = c.req.valid('json');
    const now = deps.now();
    const workspace = await orConflict(
      q.transaction().execute(async (trx) => {
        const w = await workspaceQueries.create(trx, { slug: body.slug, name: body.name, now });
        await membershipQueries.add(trx, { workspaceId: w.id, userId: user.id, role: 'admin', now });
        await auditQueries.record(
          trx,
          auditFrom(c, now, { action: 'workspace.create', workspaceId: w.id, targetType: 'workspace', targetId: w.id, details: body }),
        );
        return w;
      }),
      'slug',
      'another workspace has this slug',
    );
    return c.json(presentWorkspace({ ...workspace, role: 'admin' }), 201);
  });

  app.openapi(get, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const { membership } = await requireAccess(c, deps, workspaceId, 'workspace.read');
    const workspace = await workspaceQueries.byId(q, workspaceId);
    if (!workspace) throw new AppError('not_found', 'No such workspace.');
    return c.json(presentWorkspace({ ...workspace, role: membership.role }), 200);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const { membership } = await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    const now = deps.now();
    const workspace = await orConflict(
      q.transaction().execute(async (trx) => {
        const w = await workspaceQueries.update(trx, workspaceId, body);
        await auditQueries.record(
          trx,
          auditFrom(c, now, { action: 'workspace.update', workspaceId, targetType: 'workspace', targetId: workspaceId, details: body }),
        );
        return w;
      }),
      'slug',
      'another workspace has this slug',
    );
    if (!workspace) throw new AppError('not_found', 'No such workspace.');
    return c.json(presentWorkspace({ ...workspace, role: membership.role }), 200);
  });
}
