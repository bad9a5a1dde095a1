/**
 * Probes and metrics, outside /api/v1: /healthz (the process answers; nothing is awaited), /readyz (the
 * database answers, its schema is current and the last write did not fail for lack of a
 * lock, disk space or a connection; what is still starting in the background is listed), /metrics (Prometheus text).
 */
import { createRoute, z } from '@hono/zod-openapi';
import { safeEqual } from '../../auth/secrets.js';
import { AppError, retryAfterSeconds } from '../../errors/catalogue.js';
import { inboxPending, registry } from '../../metrics/registry.js';
import type { StoreFailure } from '../../store/failure.js';
import { schemaStatus } from '../../store/migrate.js';
import { inboxReadQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { storeCodes, storeError } from '../errors.js';
import { errorResponses, json } from '../openapi-parts.js';
import { healthSchema, readySchema, type Starting } from '../schemas/health.js';

const tags = ['operations'];

const healthz = createRoute({
  method: 'get',
  path: '/healthz',
  tags,
  summary: 'Liveness: the process is up',
  responses: { 200: json(healthSchema, 'Up.') },
});

const readyz = createRoute({
  method: 'get',
  path: '/readyz',
  tags,
  summary: 'Readiness: the database answers, its schema is current, and it can store',
  responses: { 200: json(readySchema, 'Ready.'), ...errorResponses(503) },
});

const metrics = createRoute({
  method: 'get',
  path: '/metrics',
  tags,
  summary: 'Prometheus metrics (only with YUQING_METRICS_TOKEN set, sent as a bearer token)',
  responses: {
    200: { description: 'Prometheus text exposition format.', content: { 'text/plain': { schema: z.string() } } },
    ...errorResponses(401, 404),
  },
});

function writeProblem(failure: StoreFailure): AppError {
  const since = new Date(failure.at).toISOString();
  return new AppError(storeCodes[failure.kind], undefined, [
    { field: 'database', problem: `the last write failed (${failure.code}) at ${since}` },
  ]);
}

export function registerHealthRoutes(
  app: ApiApp,
  deps: RouteDeps,
  ready?: () => Promise<boolean>,
  starting: () => Starting[] = () => [],
): void {
  app.openapi(healthz, (c) => c.json({ status: 'ok' as const }, 200));

  app.openapi(readyz, async (c) => {
    let problem: AppError | null = null;
    try {
      const status = await schemaStatus(deps.db);
      if (status.pending.length > 0 || status.unknown.length > 0) problem = new AppError('schema_behind');
      else if (ready && !(await ready())) problem = new AppError('not_ready');
      const failure = deps.db.health.current();
      if (!problem && failure) problem = writeProblem(failure);
    } catch (err) {
      deps.logger.warn({ err }, 'readiness check: database does not answer');
      problem = storeError(err) ?? new AppError('not_ready', 'The database does not answer.');
    }
    if (problem) {
      const retryAfter = retryAfterSeconds(problem.code);
      if (retryAfter !== undefined) c.header('Retry-After', String(retryAfter));
      return c.json(problem.toBody(), 503);
    }
    const parts = starting();
    return c.json({ status: 'ready' as const, ...(parts.length > 0 ? { starting: parts } : {}) }, 200);
  });

  app.openapi(metrics, async (c) => {
    const token = deps.config.metricsToken;
    if (token === '') throw new AppError('not_found', 'Metrics are off; set YUQING_METRICS_TOKEN and scrape with that bearer token.');
    const sent = /^Bearer\s+(\S+)\s*$/i.exec(c.req.header('authorization') ?? '')?.[1] ?? '';
    if (!safeEqual(sent, token)) throw new AppError('unauthenticated', 'Send the metrics token as `Authorization: Bearer <token>`.');
    try {
      inboxPending.set(await inboxReadQueries.countPending(deps.db.kysely));
    } catch (err) {
      deps.logger.warn({ err }, 'metrics: could not count pending inbox items');
    }
    return c.text(await registry.metrics(), 200, { 'Content-Type': registry.contentType });
  });
}
