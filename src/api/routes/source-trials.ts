/** "Fetch now": one pass of a source (saved, or settings from the form) that stores nothing; and the list of source types. */
import { createRoute } from '@hono/zod-openapi';
import { sourceTypes } from '../../collect/sources/index.js';
import { AppError } from '../../errors/catalogue.js';
import { collectHttp, floorForSource, trySource } from '../../scheduler/index.js';
import { sourceQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentTrial } from '../present/sources.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { sourceParams, sourceTypeListSchema, trialResultSchema, trySourceBodySchema } from '../schemas/sources.js';
import { checkSourceConfig } from './source-config.js';

const tags = ['sources'];
const base = '/api/v1/workspaces/{workspaceId}/sources';

const trySaved = createRoute({
  method: 'post',
  path: `${base}/{sourceId}/test`,
  tags,
  summary: 'Fetch now: run one collection pass of a saved source without storing anything; returns what would be collected or the error',
  security: authenticated,
  request: { params: sourceParams },
  responses: { 200: json(trialResultSchema, 'What the pass found.'), ...errorResponses(400, 401, 403, 404) },
});

const tryDraft = createRoute({
  method: 'post',
  path: `${base}/test`,
  tags,
  summary: 'Fetch now with settings not saved yet (the add/edit form)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(trySourceBodySchema) },
  responses: { 200: json(trialResultSchema, 'What the pass found.'), ...errorResponses(400, 401, 403, 404) },
});

const types = createRoute({
  method: 'get',
  path: '/api/v1/source-types',
  tags,
  summary: 'The kinds of source Yuqing can collect',
  security: authenticated,
  responses: { 200: json(sourceTypeListSchema, 'Source types.'), ...errorResponses(401) },
});

export function registerSourceTrialRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  const httpFor = collectHttp(deps.config, { now: deps.now });
  const run = (workspaceId: number, kind: string, config: unknown) =>
    trySource({ db: deps.db, config: deps.config, logger: deps.logger, http: httpFor(kind), now: Date.now }, { workspaceId, kind, config });

  app.openapi(trySaved, async (c) => {
    const { workspaceId, sourceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const s = await sourceQueries.get(q, workspaceId, sourceId);
    if (!s) throw new AppError('not_found', 'No such source.');
    return c.json(presentTrial(await run(workspaceId, s.kind, JSON.parse(s.config) as unknown)), 200);
  });

  app.openapi(tryDraft, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'source.write');
    const body = c.req.valid('json');
    const config = JSON.parse(checkSourceConfig(body.kind, body.config)) as unknown;
    return c.json(presentTrial(await run(workspaceId, body.kind, config)), 200);
  });

  app.openapi(types, async (c) => {
    if (!c.get('principal')) throw new AppError('unauthenticated', 'Sign in first.');
    return c.json(
      {
        items: sourceTypes.map((t) => ({
          kind: t.kind,
          label: t.label,
          defaultIntervalSeconds: t.defaultIntervalSeconds,
          minIntervalSeconds: floorForSource(t.kind, {}, deps.config).floorSeconds,
        })),
      },
      200,
    );
  });
}
