/** A workspace's sources (where mentions come from): list with health, one with items per day, create, change. */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import {
  applyIntervalSetting,
  auditQueries,
  healthBySource,
  itemsPerDay,
  mentionCountsSince,
  resetCollection,
  sourceHealth,
  sourceQueries,
} from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentSource } from '../present/sources.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import {
  createSourceBodySchema,
  patchSourceBodySchema,
  sourceDetailSchema,
  sourceListSchema,
  sourceParams,
  sourceViewSchema,
} from '../schemas/sources.js';
import { checkIntervalSetting, checkSourceConfig, deriveKey } from './source-config.js';
import { registerSourceTrialRoutes } from './source-trials.js';

const tags = ['sources'];
const base = '/api/v1/workspaces/{workspaceId}/sources';
const DAY_MS = 86_400_000;

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Sources of the workspace, with their health',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(sourceListSchema, 'Sources.'), ...errorResponses(400, 401, 403, 404) },
});

const get = createRoute({
  method: 'get',
  path: `${base}/{sourceId}`,
  tags,
  summary: 'One source: settings, health (last attempt, last success, last error, next check) and items per day',
  security: authenticated,
  request: { params: sourceParams },
  responses: { 200: json(sourceDetailSchema, 'The source.'), ...errorResponses(400, 401, 403, 404) },
});

const create = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Register a source (its settings are checked against its type)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(createSourceBodySchema) },
  responses: { 201: json(sourceViewSchema, 'Created.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const patch = createRoute({
  method: 'patch',
  path: `${base}/{sourceId}`,
  tags,
  summary: 'Change a source’s name, kind, settings, interval or active flag (pause)',
  security: authenticated,
  request: { params: sourceParams, body: jsonBody(patchSourceBodySchema) },
  responses: { 200: json(sourceViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404) },
});

export function registerSourceRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  const view = async (workspaceId: number, id: number) => {
    const s = await sourceQueries.get(q, workspaceId, id);
    if (!s) throw new AppError('not_found', 'No such source.');
    const today = await mentionCountsSince(q, workspaceId, deps.now() - DAY_MS);
    return { s, view: presentSource(s, await sourceHealth(q, workspaceId, id), today.get(id) ?? 0, deps.config) };
  };

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.read');
    const [items, health, today] = await Promise.all([
      sourceQueries.list(q, workspaceId),
      healthBySource(q, workspaceId),
      mentionCountsSince(q, workspaceId, deps.now() - DAY_MS),
    ]);
    return c.json({ items: items.map((s) => presentSource(s, health.get(s.id), today.get(s.id) ?? 0, deps.config)) }, 200);
  });

  app.openapi(get, async (c) => {
    const { workspaceId, sourceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.read');
    const { view: v } = await view(workspaceId, sourceId);
    const days = await itemsPerDay(q, { workspaceId, sourceId, now: deps.now(), days: 7, offsetMinutes: 480 });
    return c.json({ ...v, itemsPerDay: days }, 200);
  });

  app.openapi(create, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const body = c.req.valid('json');
    const config = checkSourceConfig(body.kind, body.config);
    checkIntervalSetting(body.kind, config, body.intervalSeconds ?? null, deps.config);
    const key = body.key ?? deriveKey(body.kind, body.name, body.config);
    const now = deps.now();
    const source = await orConflict(
      q.transaction().execute(async (trx) => {
        const s = await sourceQueries.create(trx, {
          workspaceId,
          key,
          name: body.name,
          kind: body.kind,
          config,
          now,
          intervalSetting: body.intervalSeconds ?? null,
          ...(body.active === undefined ? {} : { active: body.active }),
        });
        await auditQueries.record(
          trx,
          auditFrom(c, now, { action: 'source.create', workspaceId, targetType: 'source', targetId: s.id, details: { ...body, key } }),
        );
        return s;
      }),
      'key',
      'the workspace has a source with this key',
    );
    return c.json((await view(workspaceId, source.id)).view, 201);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId, sourceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const body = c.req.valid('json');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      const before = await sourceQueries.get(trx, workspaceId, sourceId);
      if (!before) throw new AppError('not_found', 'No such source.');
      const kind = body.kind ?? before.kind;
      const config =
        body.config !== undefined || body.kind !== undefined
          ? checkSourceConfig(kind, body.config ?? (JSON.parse(before.config) as unknown))
          : undefined;
      await sourceQueries.update(trx, workspaceId, sourceId, {
        ...(body.name === undefined ? {} : { name: body.name }),
        ...(body.kind === undefined ? {} : { kind: body.kind }),
        ...(body.active === undefined ? {} : { active: body.active }),
        ...(config === undefined ? {} : { config }),
      });
      const setting = body.intervalSeconds === undefined ? before.intervalSetting : body.intervalSeconds;
      const base = checkIntervalSetting(kind, config ?? before.config, setting, deps.config);
      if (body.intervalSeconds !== undefined && body.intervalSeconds !== before.intervalSetting) {
        await applyIntervalSetting(trx, { workspaceId, id: sourceId, setting, baseSeconds: base ?? 0, now });
      }
      if ((config !== undefined && config !== before.config) || kind !== before.kind) await resetCollection(trx, workspaceId, sourceId);
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'source.update', workspaceId, targetType: 'source', targetId: sourceId, details: body }),
      );
    });
    return c.json((await view(workspaceId, sourceId)).view, 200);
  });

  registerSourceTrialRoutes(app, deps);
}
