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
  const labels = await searchQueries.countKinds(q, workspaceId, ['region', 'author_region', 'category', 'topic'], ids);
  const of = (kind: string) => labels.get(kind) ?? new Map<string, number>();
  return {
    channel: count((h) => [h.channel]),
    sentiment: count((h) => [h.sentiment]),
    source: count((h) => [h.sourceKey]),
    lang: count((h) => [h.lang]),
    // Places the text mentions, and where the author posted from (IP属地): two questions, two facets.
    region: of('region'),
    authorRegion: of('author_region'),
    category: of('category'),
    topic: of('topic'),
  };
}
