/** Searching a workspace's stored mentions with the topic query language: filters, sorts, keyset pages, facets, highlighted snippets. */
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { AppError } from '../../errors/catalogue.js';
import { printQuery } from '../../match/index.js';
import { familyPage } from '../../search/family.js';
import { searchPage } from '../../search/page.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, AppEnv, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentFacets, presentHits } from '../present/search.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { mentionParams } from '../schemas/mention-detail.js';
import { familyQuerySchema, familyResultSchema, searchBodySchema, searchQuerySchema, searchResultSchema } from '../schemas/search.js';

const search = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/search',
  tags: ['search'],
  summary: 'Search stored mentions with a topic query (same results as live matching)',
  security: authenticated,
  request: { params: workspaceIdParam, query: searchQuerySchema },
  responses: {
    200: json(searchResultSchema, 'One page of matches, with the total and facet counts (each says what it covers).'),
    ...errorResponses(400, 401, 403, 404),
  },
});

const searchByPost = createRoute({
  method: 'post',
  path: '/api/v1/workspaces/{workspaceId}/search',
  tags: ['search'],
  summary: 'The same search with the parameters in a JSON body, for queries too long for a URL',
  description: 'A URL is limited to about 16 KB; a query may be 20,000 characters. The answer is the same as GET.',
  security: authenticated,
  request: { params: workspaceIdParam, body: jsonBody(searchBodySchema) },
  responses: {
    200: json(searchResultSchema, 'One page of matches, with the total and facet counts (each says what it covers).'),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

const family = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/mentions/{mentionId}/family',
  tags: ['search'],
  summary: "A mention's repost family: its original first, then the copies oldest first",
  security: authenticated,
  request: { params: mentionParams, query: familyQuerySchema },
  responses: { 200: json(familyResultSchema, 'One page of the family.'), ...errorResponses(400, 401, 403, 404) },
});

type SearchParams = z.infer<typeof searchQuerySchema>;

export const msOrUndefined = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

/** The search's filters from its wire parameters (search and export read them alike). */
export function searchFiltersOf(p: Omit<SearchParams, 'limit' | 'cursor' | 'count'>) {
  return {
    from: msOrUndefined(p.from),
    to: msOrUndefined(p.to),
    topicId: p.topic,
    sentiment: p.sentiment,
    channel: p.channel,
    source: p.source,
    lang: p.lang,
    region: p.region,
    authorRegion: p.authorRegion,
    category: p.category,
    event: p.event,
    severity: p.severity,
  };
}

export function registerSearchRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  async function answer(c: Context<AppEnv>, workspaceId: number, p: SearchParams) {
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const after = p.cursor === undefined ? null : (decodeCursor(p.cursor, 2) as [number, number]);
    const filters = searchFiltersOf(p);
    const page = await searchPage(q, workspaceId, {
      query: p.q ?? null,
      filters,
      sort: p.sort,
      after,
      limit: p.limit,
      count: p.count,
      fold: p.fold,
    });
    return {
      items: presentHits(page.tree, page.rows),
      nextCursor: page.next ? encodeCursor(page.next) : null,
      total: page.total,
      totalCapped: page.totalCapped,
      query: page.tree ? printQuery(page.tree) : null,
      facets: presentFacets(page.facets),
      facetsBasis: page.facetsBasis,
    };
  }

  app.openapi(search, async (c) => c.json(await answer(c, c.req.valid('param').workspaceId, c.req.valid('query')), 200));
  app.openapi(searchByPost, async (c) => c.json(await answer(c, c.req.valid('param').workspaceId, c.req.valid('json')), 200));

  app.openapi(family, async (c) => {
    const { workspaceId, mentionId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const { limit, cursor } = c.req.valid('query');
    const after = cursor === undefined ? null : (decodeCursor(cursor, 2) as [number, number]);
    const page = await familyPage(q, workspaceId, mentionId, after, limit);
    if (!page) throw new AppError('not_found', 'No such mention.');
    return c.json(
      {
        originalId: page.originalId,
        total: page.total,
        items: presentHits(null, page.rows),
        nextCursor: page.next ? encodeCursor(page.next) : null,
      },
      200,
    );
  });
}
