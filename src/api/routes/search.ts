/** Searching a workspace's stored mentions with the topic query language: filters, sorts, keyset pages, facets, highlighted snippets. */
import { createRoute } from '@hono/zod-openapi';
import { printQuery } from '../../match/index.js';
import { facetsOf, presentHits } from '../../search/present.js';
import { findMatches, pageOf, sortKey } from '../../search/search.js';
import { decodeCursor, encodeCursor } from '../cursor.js';
import type { ApiApp, RouteDeps } from '../env.js';
import { authenticated, errorResponses, json } from '../openapi-parts.js';
import { requireAccess } from '../request.js';
import { workspaceIdParam } from '../schemas/common.js';
import { searchQuerySchema, searchResultSchema } from '../schemas/search.js';

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

export const msOrUndefined = (iso: string | undefined): number | undefined => (iso === undefined ? undefined : Date.parse(iso));

export function registerSearchRoutes(app: ApiApp, deps: RouteDeps): void {
  const q = deps.db.kysely;

  app.openapi(search, async (c) => {
    const { workspaceId } = c.req.valid('param');
    await requireAccess(c, deps, workspaceId, 'mention.read');
    const p = c.req.valid('query');
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
    return c.json(
      {
        items: await presentHits(q, workspaceId, set.tree, items),
        nextCursor,
        total: set.hits.length,
        query: set.tree ? printQuery(set.tree) : null,
        facets: await facetsOf(q, workspaceId, set.hits),
      },
      200,
    );
  });
}
