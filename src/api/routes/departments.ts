/** A workspace's departments: any member may list them; admins create them. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, departmentQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentDepartment } from '../present/watch.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { createDepartmentBodySchema, departmentListSchema, departmentViewSchema } from '../schemas/departments.js';

const tags = ['departments'];
const path = '/api/v1/workspaces/{workspaceId}/departments';

const list = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'Departments of the workspace',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(departmentListSchema, 'Departments.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path,
  tags,
  summary: 'Create a department (admins)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createDepartmentBodySchema) },
  responses: { 201: json(departmentViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 409) },
});

export function registerDepartmentRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'department.read');
    const items = await departmentQueries.list(q, workspaceId);
    return c.json({ items: items.map(presentDepartment) }, 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    const parentId = body.parentId ?? null;
    if (parentId !== null && !(await departmentQueries.get(q, workspaceId, parentId))) {
      throw new AppError('invalid_request', 'The parent department is not in this workspace.', [
        { field: 'parentId', problem: 'no such department in this workspace' },
      ]);
    }
    const now = deps.now();
    const department = await orConflict(
      q.transaction().execute(async (trx) => {
        const d = await departmentQueries.create(trx, { workspaceId, name: body.name, parentId, now });
        await auditQueries.record(
          trx,
          auditFrom(c, now, {
            action: 'department.create',
            workspaceId,
            targetType: 'department',
            targetId: d.id,
            details: { name: d.name, parentId },
          }),
        );
        return d;
      }),
      'name',
      'the workspace has a department with this name',
    );
    return c.json(presentDepartment(department), 201);
  });
}
