/**
 * The HTTP API as one Hono app: /api/v1 (JSON, schema-validated, authenticated), the
 * probes and /metrics. The server mounts it and serves the web app around it; tests call
 * `app.request(...)` in-process.
 */
import { OpenAPIHono } from '@hono/zod-openapi';
import { LoginThrottle } from '../auth/rate-limit.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import { createWorkspaceResources, type WorkspaceResources } from '../pipeline/resources.js';
import type { Db } from '../store/dialect.js';
import type { AppEnv, RouteDeps } from './env.js';
import { createErrorHandler, notFoundHandler, validationHook } from './errors.js';
import { authenticate } from './middleware/authenticate.js';
import { limitBody } from './middleware/body-limit.js';
import { clientInfo } from './middleware/client.js';
import { requestMetrics } from './middleware/metrics.js';
import { registerAuditRoutes } from './routes/audit.js';
import { registerAuthRoutes } from './routes/auth.js';
import { registerCategoryRoutes } from './routes/categories.js';
import { registerDashboardRoutes } from './routes/dashboard.js';
import { registerDepartmentRoutes } from './routes/departments.js';
import { registerDictionaryRoutes } from './routes/dictionary.js';
import { registerEventRoutes } from './routes/events.js';
import { registerExportRoutes } from './routes/export.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerIntakeRoutes } from './routes/intake.js';
import { registerInvitationRoutes } from './routes/invitations.js';
import { registerKeyAccountRoutes } from './routes/key-accounts.js';
import { registerMeRoutes } from './routes/me.js';
import { registerMemberRoutes } from './routes/members.js';
import { registerMentionDetailRoutes } from './routes/mention-detail.js';
import { registerMentionRoutes } from './routes/mentions.js';
import { registerOpenApiDocument } from './routes/openapi.js';
import { registerPasswordRoutes } from './routes/password.js';
import { registerSearchRoutes } from './routes/search.js';
import { registerSeverityModelRoutes } from './routes/severity-model.js';
import { registerSeverityTierRoutes } from './routes/severity-tiers.js';
import { registerSignalRoutes } from './routes/signals.js';
import { registerSourceRoutes } from './routes/sources.js';
import { registerTokenRoutes } from './routes/tokens.js';
import { registerTopicToolRoutes } from './routes/topic-tools.js';
import { registerTopicRoutes } from './routes/topics.js';
import { registerWorkspaceRoutes } from './routes/workspaces.js';
import type { Starting } from './schemas/health.js';

export interface AppDeps {
  db: Db;
  config: Config;
  logger: Logger;
  /** Clock in epoch ms (tests inject one). */
  now?: () => number;
  /** Called after intake stored new items, e.g. to wake the embedded worker. */
  onItemsAccepted?: () => void;
  /** An extra readiness condition for /readyz, on top of database and schema. */
  ready?: () => Promise<boolean>;
  /** What is still starting in the background, listed by /readyz. */
  starting?: () => Starting[];
  /** The pipeline's per-workspace resources; routes that edit topics or dictionaries invalidate them. */
  resources?: WorkspaceResources;
}

const routers = [
  registerAuthRoutes,
  registerMeRoutes,
  registerPasswordRoutes,
  registerTokenRoutes,
  registerWorkspaceRoutes,
  registerMemberRoutes,
  registerInvitationRoutes,
  registerDepartmentRoutes,
  registerTopicRoutes,
  registerTopicToolRoutes,
  registerSearchRoutes,
  registerExportRoutes,
  registerDashboardRoutes,
  registerKeyAccountRoutes,
  registerEventRoutes,
  registerSignalRoutes,
  registerSourceRoutes,
  registerMentionRoutes,
  registerMentionDetailRoutes,
  registerIntakeRoutes,
  registerAuditRoutes,
  registerDictionaryRoutes,
  registerCategoryRoutes,
  registerSeverityModelRoutes,
  registerSeverityTierRoutes,
];

export function createApp(deps: AppDeps): OpenAPIHono<AppEnv> {
  const now = deps.now ?? Date.now;
  const routeDeps: RouteDeps = {
    db: deps.db,
    config: deps.config,
    logger: deps.logger,
    now,
    onItemsAccepted: deps.onItemsAccepted,
    resources: deps.resources ?? createWorkspaceResources(deps.db),
    loginLimiter: new LoginThrottle({
      now,
      pairFreeFailures: deps.config.loginMaxAttempts,
      backoffBaseMs: 1000,
      backoffCapMs: deps.config.loginWindowSeconds * 1000,
      addressBurst: deps.config.loginAddressBurst,
      addressIntervalMs: deps.config.loginAddressIntervalSeconds * 1000,
    }),
  };

  const app = new OpenAPIHono<AppEnv>({ defaultHook: validationHook });
  app.onError(createErrorHandler(deps.logger));
  app.notFound(notFoundHandler);
  app.use('*', requestMetrics());
  app.use('/api/*', clientInfo(deps.config.trustProxy), limitBody(deps.config.maxBodyBytes));
  app.use('/api/v1/*', authenticate(routeDeps));

  registerHealthRoutes(app, routeDeps, deps.ready, deps.starting);
  for (const register of routers) register(app, routeDeps);
  registerOpenApiDocument(app);
  return app;
}
