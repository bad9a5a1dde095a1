/**
 * A workspace's own source authority tiers (信源等级), per source, web domain and platform account, over the default
 * table: list them with the defaults, set one (admins; a second set changes it), remove one. Audited.
 */
import { createRoute } from '@hono/zod-openapi';
import { AppError } from '../../errors/catalogue.js';
import { AUTHORITY_TIERS, DEFAULT_TIER_LISTS, DEFAULT_TIER_TABLE, normalizeDomain } from '../../severity/index.js';
import { auditQueries, sourceQueries } from '../../store/queries/index.js';
import { severityTierQueries, type TierEntryRecord } from '../../store/queries/severity-model.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { auditFrom, requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import {
  putTierEntrySchema,
  type TierEntryList,
  type TierEntryView,
  tierEntryListSchema,
  tierEntryParams,
  tierEntryViewSchema,
} from '../schemas/severity-model.js';

const tags = ['severity'];
const base = '/api/v1/workspaces/{workspaceId}/severity-tiers';

const list = createRoute({
  method: 'get',
  path: base,
  tags,
  summary: 'The workspace’s own authority tiers, and the default tier table',
  security: authenticated,
  request: { params: workspaceIdParam },
  responses: { 200: json(tierEntryListSchema, 'Entries and defaults.'), ...errorResponses(400, 401, 403, 404) },
});

const put = createRoute({
  method: 'put',
  path: base,
  tags,
  summary: 'Set the tier of a source, domain or account (admins)',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(putTierEntrySchema) },
  responses: { 200: json(tierEntryViewSchema, 'Set.'), ...errorResponses(400, 401, 403, 404) },
});

const remove = createRoute({
  method: 'delete',
  path: `${base}/{entryId}`,
  tags,
  summary: 'Remove an entry: the default table applies again (admins)',
  security: authenticated,
  request: { params: tierEntryParams },
  responses: { 204: { description: 'Removed.' }, ...errorResponses(400, 401, 403, 404) },
});

const iso = (ms: number) => new Date(ms).toISOString();

function present(e: TierEntryRecord, sourceName: string | null): TierEntryView {
  const defaults = e.kind === 'domain' ? DEFAULT_TIER_TABLE.domains : e.kind === 'account' ? DEFAULT_TIER_TABLE.accounts : {};
  return {
    id: e.id,
    kind: e.kind,
    name: e.name,
    sourceId: e.sourceId,
    sourceName,
    tier: e.tier,
    defaultTier: defaults[e.name] ?? null,
    note: e.note,
    updatedAt: iso(e.updatedAt),
  };
}

function defaultsOf(kind: 'domains' | 'accounts'): TierEntryList['defaults']['domains'] {
  return AUTHORITY_TIERS.flatMap((tier) => DEFAULT_TIER_LISTS[kind][tier].map((name) => ({ name, tier })));
}

const invalid = (field: string, problem: string) => new AppError('invalid_request', problem, [{ field, problem }]);

export function registerSeverityTierRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(list, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.read');
    const items = await severityTierQueries.list(q, workspaceId);
    return c.json(
      {
        items: items.map((e) => present(e, e.sourceName ?? null)),
        defaults: { domains: defaultsOf('domains'), accounts: defaultsOf('accounts') },
      },
      200,
    );
  });

  app.openapi(put, async (c) => {
    const { workspaceId } = c.req.valid('param');
    const { principal } = await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const body = c.req.valid('json');
    let name: string;
    let sourceName: string | null = null;
    if (body.kind === 'source') {
      const source = await sourceQueries.get(q, workspaceId, body.sourceId ?? 0);
      if (!source) throw new AppError('not_found', 'No such source.');
      name = String(source.id);
      sourceName = source.name;
    } else if (body.kind === 'domain') {
      const domain = normalizeDomain(body.name ?? '');
      if (!domain) throw invalid('name', 'expected a web domain such as thepaper.cn (or a URL on it)');
      name = domain;
    } else {
      name = (body.name ?? '').normalize('NFKC').trim();
      if (!name) throw invalid('name', 'an account entry needs the account name');
    }
    const now = deps.now();
    const entry = await q.transaction().execute(async (trx) => {
      const saved = await severityTierQueries.put(trx, {
        workspaceId,
        kind: body.kind,
        name,
        sourceId: body.sourceId ?? null,
        tier: body.tier,
        note: body.note ?? null,
        by: principal.user.id,
        now,
      });
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'severity_tier.set',
          workspaceId,
          targetType: 'severity_tier',
          targetId: saved.id,
          details: { kind: body.kind, name, tier: body.tier, ...(body.note ? { note: body.note } : {}) },
        }),
      );
      return saved;
    });
    return c.json(present(entry, sourceName), 200);
  });

  app.openapi(remove, async (c) => {
    const { workspaceId, entryId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'workspace.manage');
    const now = deps.now();
    await q.transaction().execute(async (trx) => {
      const entry = await severityTierQueries.get(trx, workspaceId, entryId);
      if (!entry || !(await severityTierQueries.remove(trx, workspaceId, entryId))) throw new AppError('not_found', 'No such tier entry.');
      await auditQueries.record(
        trx,
        auditFrom(c, now, {
          action: 'severity_tier.delete',
          workspaceId,
          targetType: 'severity_tier',
          targetId: entryId,
          details: { kind: entry.kind, name: entry.name, tier: entry.tier },
        }),
      );
    });
    return c.body(null, 204);
  });
}
