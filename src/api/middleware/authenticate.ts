/**
 * Resolves the caller of every /api/v1 request (session cookie or bearer token) and
 * enforces CSRF: a cookie-authenticated write must echo the session's token in
 * `X-CSRF-Token`. Bearer requests are exempt, as is the login request itself.
 */
import type { MiddlewareHandler } from 'hono';
import { getCookie } from 'hono/cookie';
import { identify } from '../../auth/principal.js';
import { safeEqual } from '../../auth/secrets.js';
import { sessionCookieName } from '../../auth/sessions.js';
import { AppError } from '../../errors/catalogue.js';
import type { AppEnv, RouteDeps } from '../env.js';
import { openApiPath } from '../routes/openapi.js';
import { setSessionCookie } from '../session-cookie.js';

const safeMethods = new Set(['GET', 'HEAD', 'OPTIONS']);
const anonymousPaths = new Set(['/api/v1/auth/login', openApiPath]);

export function authenticate(deps: RouteDeps): MiddlewareHandler<AppEnv> {
  const ttlMs = deps.config.sessionTtlHours * 3_600_000;
  return async (c, next) => {
    if (anonymousPaths.has(c.req.path)) {
      c.set('principal', null);
      return next();
    }
    const principal = await identify(
      deps.db.kysely,
      { sessionId: getCookie(c, sessionCookieName), authorization: c.req.header('authorization') },
      deps.now(),
      ttlMs,
    );
    c.set('principal', principal);
    const session = principal?.session;
    if (session) {
      if (!safeMethods.has(c.req.method) && !safeEqual(c.req.header('x-csrf-token') ?? '', session.csrfToken)) {
        throw new AppError('csrf_failed');
      }
      if (session.slid) setSessionCookie(c, deps.config, getCookie(c, sessionCookieName) ?? '', ttlMs);
    }
    await next();
  };
}
