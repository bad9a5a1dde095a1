/** Search results for the wire: rows with escaped, highlighted title and snippet; facet lists. */
import { isoOfStored } from '../../domain/time-window.js';
import type { QueryNode } from '../../match/index.js';
import type { FacetCounts, FacetName } from '../../search/facets.js';
import type { FamilyRow } from '../../search/family.js';
import { highlighterOf, markHtml, snippetHtml } from '../../search/highlight.js';
import type { SearchHitView, SearchResult } from '../schemas/search.js';

/** Hits with `<mark>` around the query's terms (none when `tree` is null: the text escaped only). */
export function presentHits(tree: QueryNode | null, rows: readonly FamilyRow[]): SearchHitView[] {
  const hl = highlighterOf(tree);
  return rows.map((r) => ({
    id: r.id,
    source: r.sourceKey,
    sourceName: r.sourceName,
    url: r.url,
    author: r.author,
    at: isoOfStored(r.sortAt),
    channel: r.channel,
    lang: r.lang,
    sentiment: r.sentiment,
    reach: r.reach,
    titleHtml: markHtml(r.title, hl.spans('title', r.title)),
    snippetHtml: snippetHtml(r.text, hl.spans('text', r.text)),
    familyId: r.familyId,
    similar: r.similar,
  }));
}

/** Each facet's values, largest first, at most 20. */
export function presentFacets(counts: FacetCounts): SearchResult['facets'] {
  const list = (m: Map<string, number>) =>
    [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, 20);
  const out = {} as SearchResult['facets'];
  for (const name of Object.keys(counts) as FacetName[]) out[name] = list(counts[name]);
  return out;
}
