/**
 * A workspace's members (admins only): list; add a new user (with a password) or invite one
 * by username (without: an invitation the user accepts, `routes/invitations.ts`); change role
 * or department; remove. A workspace always keeps at least one admin.
 */
import { createRoute } from '@hono/zod-openapi';
import { inviteMember } from '../../auth/invitations.js';
import { hashPassword } from '../../auth/password.js';
import { AppError } from '../../errors/catalogue.js';
import { auditQueries, departmentQueries, type MemberRecord, membershipQueries, type Q, userQueries } from '../../store/queries/index.js';
import { orConflict } from '../conflict.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentInvitation } from '../present/invitations.js';
import { presentMember } from '../present/people.js';
import { actorFrom, auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { invitationViewSchema } from '../schemas/invitations.js';
import { addMemberBodySchema, memberListSchema, memberParams, memberViewSchema, patchMemberBodySchema } from '../schemas/members.js';

const tags = ['members'];
const base = '/api/v1/workspaces/{workspaceId}/members';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'Members of the workspace (admins)',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(memberListSchema, 'Members.'), ...errorResponses(400, 401, 403, 404) },
});

const add = createRoute({
  method: 'post',
  path: base,
  tags,
  summary: 'Add a member: a new user when a password is given, else invite a user by username (admins)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(addMemberBodySchema) },
  responses: {
    201: json(memberViewSchema, 'A new user, added.'),
    202: json(invitationViewSchema, 'Invited (no password given); the user joins when they accept.'),
    ...errorResponses(400, 401, 403, 404, 409),
  },
});

const patch = createRoute({
  method: 'patch',
  path: `${base}/{userId}`,
  tags,
  summary: 'Change a member’s role or department (admins)',
  security: authenticated,
  request: { params: memberParams, body: jsonBody(patchMemberBodySchema) },
  responses: { 200: json(memberViewSchema, 'Changed.'), ...errorResponses(400, 401, 403, 404, 409) },
});

const remove = createRoute({
  method: 'delete',
  path: `${base}/{userId}`,
  tags,
  summary: 'Remove a member from the workspace (admins); the user account stays',
  security: authenticated,
  request: { params: memberParams },
  responses: { 204: { description: 'Removed.' }, ...errorResponses(400, 401, 403, 404, 409) },
});

async function checkDepartment(q: Q, workspaceId: number, departmentId: number | null | undefined): Promise<void> {
  if (departmentId === null || departmentId === undefined) return;
  if (!(await departmentQueries.get(q, workspaceId, departmentId))) {
    throw new AppError('invalid_request', 'The department is not in this workspace.', [
      { field: 'departmentId', problem: 'no such department in this workspace' },
    ]);
  }
}

async function findMember(q: Q, workspaceId: number, userId: number): Promise<MemberRecord> {
  const member = await membershipQueries.getMember(q, workspaceId, userId);
  if (!member) throw new AppError('not_found', 'No such member.');
  return member;
}

async function keepAnAdmin(q: Q, workspaceId: number, userId: number): Promise<void> {
  const current = await membershipQueries.get(q, workspaceId, userId);
  if (current?.role === 'admin' && (await membershipQueries.countAdmins(q, workspaceId)) <= 1) {
    throw new AppError('conflict', 'A workspace needs at least one admin; make someone else admin first.');
  }
}

export function registerMemberRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const members = await membershipQueries.listMembers(q, workspaceId);
    return c.json({ items: members.map(presentMember) }, 200);
  });

  app.openapi(add, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    await checkDepartment(q, workspaceId, body.departmentId);
    const now = deps.now();
    if (body.password === undefined) {
      const invitation = await inviteMember(q, {
        workspaceId,
        username: body.username,
        role: body.role,
        departmentId: body.departmentId ?? null,
        actor: actorFrom(c),
        now,
      });
      return c.json(presentInvitation(invitation, now), 202);
    }
    const passwordHash = await hashPassword(body.password);
    const userId = await orConflict(
      q.transaction().execute(async (trx) => {
        const user = await userQueries.create(trx, {
          username: body.username,
          displayName: body.displayName ?? body.username,
          email: body.email ?? null,
          passwordHash,
          now,
        });
        await membershipQueries.add(trx, { workspaceId, userId: user.id, role: body.role, departmentId: body.departmentId ?? null, now });
        await auditQueries.record(
          trx,
          auditFrom(c, now, {
            action: 'member.add',
            workspaceId,
            targetType: 'user',
            targetId: user.id,
            details: { username: user.username, role: body.role, departmentId: body.departmentId ?? null, newUser: true },
          }),
        );
        return user.id;
      }),
      'username',
      'taken, or too like a name that is; choose another, or omit the password to invite',
    );
    return c.json(presentMember(await findMember(q, workspaceId, userId)), 201);
  });

  app.openapi(patch, async (c) => {
    const { workspaceId, userId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    await checkDepartment(q, workspaceId, body.departmentId);
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      if (body.role !== undefined && body.role !== 'admin') await keepAnAdmin(trx, workspaceId, userId);
      if (!(await membershipQueries.update(trx, workspaceId, userId, body))) throw new AppError('not_found', 'No such member.');
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'member.update', workspaceId, targetType: 'user', targetId: userId, details: body }),
      );
    });
    return c.json(presentMember(await findMember(q, workspaceId, userId)), 200);
  });

  app.openapi(remove, async (c) => {
    const { workspaceId, userId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      await keepAnAdmin(trx, workspaceId, userId);
      if (!(await membershipQueries.remove(trx, workspaceId, userId))) throw new AppError('not_found', 'No such member.');
      await auditQueries.record(trx, auditFrom(c, now, { action: 'member.remove', workspaceId, targetType: 'user', targetId: userId }));
    });
    return c.body(null, 204);
  });
}
