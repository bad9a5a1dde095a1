/**
 * One page of a search as the API answers it: the page's rows with their repost families, the total, and facet
 * counts, each saying how much of the match set it covers.
 *
 * Folding: a copy whose original also matches the query and the filters is left out, so a family shows once (by
 * its original). The rule looks at one item and its original only, so it holds the same on every page.
 */
import { COUNT_CAP } from '../domain/search-limits.js';
import { parseQuery, type QueryNode } from '../match/index.js';
import type { Q } from '../store/queries/executor.js';
import type { SearchFilters } from '../store/queries/search.js';
import { countFacets, type FacetCounts } from './facets.js';
import { type FamilyRow, withFamilies } from './family.js';
import { findMatches, type Hit, pageOf, rowsOfHits, type SearchSort, sortKey } from './search.js';

export interface SearchRequest {
  query: string | QueryNode | null;
  filters: SearchFilters;
  sort: SearchSort;
  /** The keyset position `[sort key, id]` of the previous page's last row. */
  after: [number, number] | null;
  limit: number;
  count: 'capped' | 'exact';
  fold: boolean;
}

export interface SearchPage {
  tree: QueryNode | null;
  rows: FamilyRow[];
  next: [number, number] | null;
  /** Matches (after folding); when `totalCapped`, at least this many. */
  total: number;
  totalCapped: boolean;
  facets: FacetCounts;
  /** What the facets count: every match, or a stated number of them (the first in time order). */
  facetsBasis: { kind: 'all' | 'sample'; size: number };
}

export function treeOf(query: string | QueryNode | null): QueryNode | null {
  return typeof query === 'string' ? (query.trim() ? parseQuery(query) : null) : query;
}

/** Hits left after folding: a copy is hidden when its original is among the hits. */
export function folded(hits: readonly Hit[]): Hit[] {
  const ids = new Set(hits.map((h) => h.id));
  return hits.filter((h) => h.duplicateOf === null || !ids.has(h.duplicateOf));
}

export async function searchPage(q: Q, workspaceId: number, req: SearchRequest): Promise<SearchPage> {
  const tree = treeOf(req.query);
  const set = await findMatches(q, workspaceId, tree, req.filters, req.sort === 'relevance');
  const shown = req.fold ? folded(set.hits) : set.hits;
  const page = pageOf(shown, req.sort, req.after, req.limit);
  const items = page.slice(0, req.limit);
  const last = items[items.length - 1];
  const capped = req.count === 'capped' && shown.length > COUNT_CAP;
  return {
    tree,
    rows: await withFamilies(q, workspaceId, await rowsOfHits(q, workspaceId, items)),
    next: page.length > req.limit && last ? [sortKey(last, req.sort), last.id] : null,
    total: capped ? COUNT_CAP : shown.length,
    totalCapped: capped,
    facets: await countFacets(q, workspaceId, shown),
    facetsBasis: { kind: 'all', size: shown.length },
  };
}
