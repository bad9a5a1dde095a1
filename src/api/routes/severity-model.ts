/** A workspace's severity model: read it (the defaults until saved), save it (admins, checked, audited), reset it. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { checkSeverityModel, DEFAULT_SEVERITY_MODEL, DEFAULT_TIER_TABLE } from '../../severity/index.js';
import { auditQueries } from '../../store/queries/index.js';
import { readStoredSeverityModel, resetSeverityModel, writeSeverityModel } from '../../store/queries/severity-model.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { putSeveritySettingsSchema, type SeveritySettingsView, severitySettingsViewSchema } from '../schemas/severity-model.js';

const tags = ['severity'];
const path = '/api/v1/workspaces/{workspaceId}/severity-model';

const read = createRoute({
  method: 'get',
  path,
  tags,
  summary: 'The severity model: factor weights, level thresholds, tier strengths, sensitive categories, scales',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(severitySettingsViewSchema, 'The model in use and the defaults.'), ...errorResponses(400, 401, 403, 404) },
});

const put = createRoute({
  method: 'put',
  path,
  tags,
  summary: 'Save the severity model (admins); applies to every grading from now on',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(putSeveritySettingsSchema) },
  responses: { 200: json(severitySettingsViewSchema, 'Saved.'), ...errorResponses(400, 401, 403, 404) },
});

const reset = createRoute({
  method: 'delete',
  path,
  tags,
  summary: 'Go back to the default severity model (admins)',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(severitySettingsViewSchema, 'The defaults, now in use.'), ...errorResponses(400, 401, 403, 404) },
});

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

async function view(deps: RouteDeps, workspaceId: number): Promise<SeveritySettingsView> {
  const s = await readStoredSeverityModel(deps.db.kysely, workspaceId);
  return {
    model: s.model,
    kolFollowers: s.kolFollowers,
    defaults: { model: DEFAULT_SEVERITY_MODEL, kolFollowers: DEFAULT_TIER_TABLE.kolFollowers },
    custom: s.custom,
    updatedAt: iso(s.updatedAt),
    updatedBy: s.updatedByName,
  };
}

export function registerSeverityModelRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(read, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.read');
    return c.json(await view(deps, workspaceId), 200);
  });

  app.openapi(put, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const { principal } = await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    const problems = checkSeverityModel(body.model);
    if (problems.length > 0)
      throw new AppError(
        'invalid_request',
        `The severity model is not usable: ${problems.join('; ')}.`,
        problems.map((problem) => ({ field: 'model', problem })),
      );
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      await writeSeverityModel(trx, { workspaceId, model: body.model, kolFollowers: body.kolFollowers, by: principal.user.id, now });
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'severity_model.update',
          workspaceId,
          targetType: 'severity_model',
          targetId: workspaceId,
          details: body,
        }),
      );
    });
    return c.json(await view(deps, workspaceId), 200);
  });

  app.openapi(reset, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      if (!(await resetSeverityModel(trx, workspaceId))) return;
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'severity_model.reset',
          workspaceId,
          targetType: 'severity_model',
          targetId: workspaceId,
          details: {},
        }),
      );
    });
    return c.json(await view(deps, workspaceId), 200);
  });
}
