/** Changing one's own password from a signed-in session (`auth/change-password.ts`). */
import { createRoute } from '@hono/zod-openapi';
import { changeOwnPassword, PasswordChangeThrottled } from '../../auth/change-password.js';
import { AppError } from '../../errors/catalogue.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { errorResponses, json, jsonBody } from '../openapi-parts.js';
import { actorFrom, requireUser } from '../request.js';
import { changePasswordBodySchema, passwordChangedSchema } from '../schemas/auth.js';

const change = createRoute({
  method: 'post',
  path: '/api/v1/me/password',
  tags: ['auth'],
  summary: 'Change your own password: ends your other sessions and, unless kept, revokes your API tokens',
  security: [{ session: [] }],
  request: { body: jsonBody(changePasswordBodySchema) },
  responses: { 200: json(passwordChangedSchema, 'Changed.'), ...errorResponses(400, 401, 403, 429) },
});

export function registerPasswordRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(change, async (c) => {
    const principal = requireUser(c);
    // A leaked API token must not be enough to take the account over.
    if (!principal.session) throw new AppError('forbidden', 'Change your password from a signed-in session, not with an API token.');
    const body = c.req.valid('json');
    try {
      const changed = await changeOwnPassword(deps.db.kysely, deps.loginLimiter, {
        userId: principal.user.id,
        sessionIdHash: principal.session.idHash,
        currentPassword: body.currentPassword,
        newPassword: body.newPassword,
        keepApiTokens: body.keepApiTokens,
        actor: actorFrom(c),
        now: deps.now(),
      });
      return c.json(changed, 200);
    } catch (err) {
      if (err instanceof PasswordChangeThrottled) c.header('Retry-After', String(err.retryAfterSeconds));
      throw err;
    }
  });
}
