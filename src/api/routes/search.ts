/** Searching a workspace's stored mentions with the topic query language: filters, sorts, keyset pages, facets, highlighted snippets. */
import { createRoute, type z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { printQuery } from '../../match/index.js';
import { countFacets } from '../../search/facets.js';
import { findMatches, pageOf, rowsOfHits, sortKey } from '../../search/search.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, AppEnv, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json, jsonBody } from '../openapi-parts.js';
import { presentFacets, presentHits } from '../present/search.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { searchBodySchema, searchQuerySchema, searchResultSchema } from '../schemas/search.js';

const search = createRoute({
  method: 'get',
  path: '/api/v1/workspaces/{workspaceId}/search',
  tags: ['search'],
  summary: 'Search stored mentions with a topic query (same results as live matching)',
  description: 'The `severity` filter is accepted and ignored until events exist.',
  security: authenticated,
  request: { params: workspaceIdParam, query: searchQuerySchema },
  responses: {
    200: json(searchResultSchema, 'One page of matches, with facet counts over all matches.'),
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
    200: json(searchResultSchema, 'One page of matches, with facet counts over all matches.'),
    ...errorResponses(400, 401, 403, 404, 413),
  },
});

type SearchParams = z.infer<typeof searchQuerySchema>;

export const msOrUndefined = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

export function registerSearchRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  async function answer(c: Context<AppEnv>, workspaceId: number, p: SearchParams) {
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const after = p.cursor === undefined ? null : (decodeCursor(p.cursor, 2) as [number, number]);
    const filters = {
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
    };
    const set = await findMatches(q, workspaceId, p.q ?? null, filters, p.sort === 'relevance');
    const page = pageOf(set.hits, p.sort, after, p.limit);
    const items = page.slice(0, p.limit);
    const last = items[items.length - 1];
    const nextCursor = page.length > p.limit && last ? encodeCursor([sortKey(last, p.sort), last.id]) : null;
    return {
      items: presentHits(set.tree, await rowsOfHits(q, workspaceId, items)),
      nextCursor,
      total: set.hits.length,
      query: set.tree ? printQuery(set.tree) : null,
      facets: presentFacets(await countFacets(q, workspaceId, set.hits)),
    };
  }

  app.openapi(search, async (c) => c.json(await answer(c, c.req.valid('param').workspaceId, c.req.valid('query')), 200));
  app.openapi(searchByPost, async (c) => c.json(await answer(c, c.req.valid('param').workspaceId, c.req.valid('json')), 200));
}
