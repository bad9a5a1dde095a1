/** Types shared by the API's middleware and routers: the Hono env, the app, and what routes get. */
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Principal } from '../auth/principal.js';
import type { LoginThrottle } from '../auth/rate-limit.js';
import type { Config } from '../config/index.js';
import type { Logger } from '../log/logger.js';
import type { WorkspaceResources } from '../pipeline/resources.js';
import type { Db } from '../store/dialect.js';

export interface ClientInfo {
  ip: string;
  userAgent: string | null;
}

export interface AppEnv {
  Variables: {
    /** Set for every /api/v1 request: the caller, or null when anonymous. */
    principal: Principal | null;
    client: ClientInfo;
  };
}

export type ApiApp = OpenAPIHono<AppEnv>;

export interface RouteDeps {
  db: Db;
  config: Config;
  logger: Logger;
  now: () => number;
  onItemsAccepted?: (() => void) | undefined;
  /** Throttles password guesses (login, and the current password when changing it). */
  loginLimiter: LoginThrottle;
  /** The pipeline's per-workspace resources, to invalidate after an edit. */
  resources: WorkspaceResources;
}
