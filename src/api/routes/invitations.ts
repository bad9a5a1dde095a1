/**
 * Invitations, both sides. A workspace's admins invite a name, list and revoke invitations;
 * the answer never tells whether the name exists. The signed-in user lists the invitations
 * addressed to them and accepts or declines each.
 */
import { createRoute } from '@hono/zod-openapi';
import { acceptInvitation, declineInvitation, inviteMember, revokeInvitation } from '../../auth/invitations.js';
import { AppError } from '../../errors/catalogue.js';
import { departmentQueries, invitationQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentInvitation, presentReceivedInvitation } from '../present/invitations.js';
import { presentWorkspace } from '../present/people.js';
import { actorFrom, requireAccess, requireUser } from '../request.js';
import { workspaceViewSchema } from '../schemas/auth.js';
import { workspaceIdParam } from '../schemas/common.js';
import {
  invitationListSchema,
  invitationParams,
  invitationViewSchema,
  inviteBodySchema,
  myInvitationParams,
  receivedInvitationListSchema,
} from '../schemas/invitations.js';

const tags = ['members'];
const base = '/api/v1/workspaces/{workspaceId}/invitations';

const invite = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Invite a user by username (admins); the same answer whether or not the name exists',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(inviteBodySchema) },
  responses: { 202: json(invitationViewSchema, 'Invited; the user joins when they accept.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Invitations of the workspace, newest first (admins)',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(invitationListSchema, 'Invitations.'), ...errorResponses(400, 401, 403, 404) },
});

const revoke = createRoute({
  method: 'delete',
  path: `${base}/{invitationId}`,
  tags,
  summary: 'Revoke a pending invitation (admins)',
  security: authenticated,
  request: { params: invitationParams },
  responses: { 204: { description: 'Revoked.' }, ...errorResponses(400, 401, 403, 404, 409) },
});

const mine = createRoute({
  method: 'get',
  path: '/api/v1/me/invitations',
  tags: ['auth'],
  summary: 'Open invitations addressed to the signed-in user',
  security: authenticated,
  responses: { 200: json(receivedInvitationListSchema, 'Open invitations.'), ...errorResponses(401) },
});

const accept = createRoute({
  method: 'post',
  path: '/api/v1/me/invitations/{invitationId}/accept',
  tags: ['auth'],
  summary: 'Accept an invitation: join the workspace in the invited role',
  security: authenticated,
  request: { params: myInvitationParams },
  responses: { 200: json(workspaceViewSchema, 'Joined.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const decline = createRoute({
  method: 'post',
  path: '/api/v1/me/invitations/{invitationId}/decline',
  tags: ['auth'],
  summary: 'Decline an invitation',
  security: authenticated,
  request: { params: myInvitationParams },
  responses: { 204: { description: 'Declined.' }, ...errorResponses(400, 401, 403, 404, 409) },
});

export function registerInvitationRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(invite, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    const departmentId = body.departmentId ?? null;
    if (departmentId !== null && !(await departmentQueries.get(q, workspaceId, departmentId))) {
      throw new AppError('invalid_request', 'The department is not in this workspace.', [
        { field: 'departmentId', problem: 'no such department in this workspace' },
      ]);
    }
    const now = deps.now();
    const invitation = await inviteMember(q, {
      workspaceId,
      username: body.username,
      role: body.role,
      departmentId,
      actor: actorFrom(c),
      now,
    });
    return c.json(presentInvitation(invitation, now), 202);
  });

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const now = deps.now();
    const items = await invitationQueries.listForWorkspace(q, workspaceId);
    return c.json({ items: items.map((i) => presentInvitation(i, now)) }, 200);
  });

  app.openapi(revoke, async (c) => {
    const { workspaceId, invitationId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    await revokeInvitation(q, { workspaceId, invitationId, actor: actorFrom(c), now: deps.now() });
    return c.body(null, 204);
  });

  app.openapi(mine, async (c) => {
    const { user } = requireUser(c);
    const items = await invitationQueries.listPendingForUser(q, user.id, deps.now());
    return c.json({ items: items.map(presentReceivedInvitation) }, 200);
  });

  app.openapi(accept, async (c) => {
    const { user } = requireUser(c);
    const { invitationId } = c.req.valid('param');
    const workspace = await acceptInvitation(q, { userId: user.id, invitationId, actor: actorFrom(c), now: deps.now() });
    return c.json(presentWorkspace(workspace), 200);
  });

  app.openapi(decline, async (c) => {
    const { user } = requireUser(c);
    const { invitationId } = c.req.valid('param');
    await declineInvitation(q, { userId: user.id, invitationId, actor: actorFrom(c), now: deps.now() });
    return c.body(null, 204);
  });
}
