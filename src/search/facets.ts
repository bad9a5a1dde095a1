/** Facet counts over a set of hits: per channel, sentiment, source, language, and per tag kind and topic. */
import type { Q } from '../store/queries/executor.js';
import { searchQueries } from '../store/queries/search.js';
import type { Hit } from './search.js';

export type FacetName = 'channel' | 'sentiment' | 'source' | 'lang' | 'region' | 'authorRegion' | 'category' | 'topic';
export type FacetCounts = Record<FacetName, Map<string, number>>;

export async function countFacets(q: Q, workspaceId: number, hits: readonly Hit[]): Promise<FacetCounts> {
  const count = (values: (h: Hit) => (string | null)[]) => {
    const m = new Map<string, number>();
    for (const h of hits) for (const v of new Set(values(h))) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const ids = hits.map((h) => h.id);
  return {
    channel: count((h) => [h.channel]),
    sentiment: count((h) => [h.sentiment]),
    source: count((h) => [h.sourceKey]),
    lang: count((h) => [h.lang]),
    // Places the text mentions, and where the author posted from (IP属地): two questions, two facets.
    region: await searchQueries.countLabels(q, workspaceId, 'region', ids),
    authorRegion: await searchQueries.countLabels(q, workspaceId, 'author_region', ids),
    category: await searchQueries.countLabels(q, workspaceId, 'category', ids),
    topic: await searchQueries.countLabels(q, workspaceId, 'topic', ids),
  };
}
