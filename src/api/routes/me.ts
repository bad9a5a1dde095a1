/** The signed-in caller: who they are, their CSRF token, the workspaces they belong to and their open invitations. */
import { createRoute } from '@hono/zod-openapi';
import { invitationQueries, workspaceQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { csrfTokenOf, presentMe } from '../present/people.js';
import { requireUser } from '../request.js';
import { meViewSchema } from '../schemas/auth.js';

const me = createRoute({
  method: 'get',
  path: '/api/v1/me',
  tags: ['auth'],
  summary: 'The signed-in user, CSRF token and workspaces',
  security: authenticated,
  responses: { 200: json(meViewSchema, 'The caller.'), ...errorResponses(401) },
});

export function registerMeRoutes(app: ApiApp, deps: RouteDeps): void {
  app.openapi(me, async (c) => {
    const principal = requireUser(c);
    const workspaces = await workspaceQueries.listForUser(deps.db.kysely, principal.user.id);
    const invitations = await invitationQueries.countPendingForUser(deps.db.kysely, principal.user.id, deps.now());
    return c.json(presentMe(principal.user, csrfTokenOf(principal), workspaces, invitations), 200);
  });
}
