/**
 * Signing in and out. Login is throttled per account and client address (with a doubling
 * wait) and slowed per address (`auth/rate-limit.ts`), audited whether it succeeds or not, and answers with the caller's MeView plus the session cookie.
 */
import { createRoute } from '@hono/zod-openapi';
import { burnVerifyTime, verifyPassword } from '../../auth/password.js';
import { endSession, startSession } from '../../auth/sessions.js';
import { usernameKey } from '../../domain/usernames.js';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, invitationQueries, sessionQueries, userQueries, workspaceQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentMe } from '../present/people.js';
import { auditFrom } from '../request.js';
import { loginBodySchema, meViewSchema } from '../schemas/auth.js';
import { clearSessionCookie, setSessionCookie } from '../session-cookie.js';

const login = createRoute({
  method: 'post',
  path: '/api/v1/auth/login',
  tags: ['auth'],
  summary: 'Sign in with username and password; sets the `yq_session` cookie',
  request: { body: jsonBody(loginBodySchema) },
  responses: { 200: json(meViewSchema, 'Signed in.'), ...errorResponses(400, 401, 429) },
});

const logout = createRoute({
  method: 'post',
  path: '/api/v1/auth/logout',
  tags: ['auth'],
  summary: 'End the current session and clear the cookie',
  security: [{ session: [] }],
  responses: { 204: { description: 'Signed out (also when there was no session).' }, ...errorResponses(403) },
});

export function registerAuthRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;
  const ttlMs = deps.config.sessionTtlHours * 3_600_000;

  app.openapi(login, async (c) => {
    const { username, password } = c.req.valid('json');
    const now = deps.now();
    const { ip, userAgent } = c.get('client');
    const attempt = { account: usernameKey(username), address: ip };
    const failed = (reason: string, userId: number | null) =>
      auditQueries.record(q, {
        ...auditFrom(c, now, {
          action: 'auth.login_failed',
          workspaceId: null,
          targetType: 'user',
          targetId: userId,
          details: { username, reason },
        }),
        actorUserId: userId,
      });

    const limit = deps.loginLimiter.check(attempt);
    if (!limit.allowed) {
      await failed('rate_limited', null);
      c.header('Retry-After', String(limit.retryAfterSeconds));
      return c.json(new AppError('rate_limited').toBody(), 429);
    }

    const creds = await userQueries.credentialsByUsername(q, username);
    if (!creds) await burnVerifyTime(password);
    const passwordOk = creds ? await verifyPassword(creds.passwordHash, password) : false;
    if (!creds || !passwordOk || creds.user.disabled) {
      deps.loginLimiter.recordFailure(attempt);
      await failed(!creds ? 'unknown_user' : !passwordOk ? 'wrong_password' : 'disabled', creds?.user.id ?? null);
      throw new AppError('bad_credentials');
    }

    const user = creds.user;
    deps.loginLimiter.recordSuccess(attempt);
    const session = await q.transaction().execute(async (trx) => {
      await sessionQueries.removeExpired(trx, now);
      const started = await startSession(trx, user.id, { ip, userAgent }, now, ttlMs);
      await auditQueries.record(trx, {
        ...auditFrom(c, now, { action: 'auth.login', workspaceId: null, targetType: 'user', targetId: user.id }),
        actorUserId: user.id,
      });
      return started;
    });
    setSessionCookie(c, deps.config, session.sessionId, ttlMs);
    const workspaces = await workspaceQueries.listForUser(q, user.id);
    const invitations = await invitationQueries.countPendingForUser(q, user.id, now);
    return c.json(presentMe(user, session.csrfToken, workspaces, invitations), 200);
  });

  app.openapi(logout, async (c) => {
    const session = c.get('principal')?.session;
    if (session) {
      const now = deps.now();
      await q.transaction().execute(async (trx) => {
        await endSession(trx, session.idHash);
        await auditQueries.record(trx, auditFrom(c, now, { action: 'auth.logout', workspaceId: null }));
      });
    }
    clearSessionCookie(c, deps.config);
    return c.body(null, 204);
  });
}
