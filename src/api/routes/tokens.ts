/** The caller's own API tokens: list, create (the secret is returned once), revoke. */
import { createRoute } from '@hono/zod-openapi';
import { issueToken } from '../../auth/api-tokens.js';
import { AppError } from '../../errors/catalogue.js';
import { apiTokenQueries, auditQueries } from '../../store/queries/index.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentToken } from '../present/people.js';
import { auditFrom, requireUser } from '../request.js';
import { createdTokenSchema, createTokenBodySchema, tokenIdParam, tokenListSchema } from '../schemas/tokens.js';

const list = createRoute({
  method: 'get',
  path: '/api/v1/tokens',
  tags: ['tokens'],
  summary: "The caller's API tokens (never their secrets)",
  security: authenticated,
  responses: { 200: json(tokenListSchema, 'Tokens, newest first.'), ...errorResponses(401) },
});

const create = createRoute({
  method: 'post',
  path: '/api/v1/tokens',
  tags: ['tokens'],
  summary: 'Create an API token; the secret is in this response only',
  security: authenticated,
  request: { body: jsonBody(createTokenBodySchema) },
  responses: { 201: json(createdTokenSchema, 'Created.'), ...errorResponses(400, 401, 403) },
});

const revoke = createRoute({
  method: 'delete',
  path: '/api/v1/tokens/{id}',
  tags: ['tokens'],
  summary: 'Revoke one of the caller’s API tokens',
  security: authenticated,
  request: { params: tokenIdParam },
  responses: { 204: { description: 'Revoked.' }, ...errorResponses(400, 401, 403, 404) },
});

export function registerTokenRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { user } = requireUser(c);
    const tokens = await apiTokenQueries.listForUser(q, user.id);
    return c.json({ items: tokens.map(presentToken) }, 200);
  });

  app.openapi(create, async (c) => {
    const { user } = requireUser(c);
    const body = c.req.valid('json');
    const now = deps.now();
    const expiresAt = body.expiresInDays === undefined ? null : now + body.expiresInDays * 86_400_000;
    const issued = await q.transaction().execute(async (trx) => {
      const out = await issueToken(trx, user.id, { name: body.name, now, expiresAt });
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'token.create',
          workspaceId: null,
          targetType: 'api_token',
          targetId: out.token.id,
          details: { name: body.name, prefix: out.token.prefix },
        }),
      );
      return out;
    });
    return c.json({ token: presentToken(issued.token), secret: issued.secret }, 201);
  });

  app.openapi(revoke, async (c) => {
    const { user } = requireUser(c);
    const { id } = c.req.valid('param');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      if (!(await apiTokenQueries.revoke(trx, user.id, id, now))) throw new AppError('not_found', 'No such live token of yours.');
      await auditQueries.record(
        trx,
        auditFrom(c, now, { action: 'token.revoke', workspaceId: null, targetType: 'api_token', targetId: id }),
      );
    });
    return c.body(null, 204);
  });
}
