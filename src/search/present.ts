/** Search results for the wire: the page's rows with escaped, highlighted title and snippet; facet lists. */
import type { SearchHitView } from '../api/schemas/search.js';
import { isoOfStored } from '../domain/time-window.js';
import type { QueryNode } from '../match/index.js';
import type { Q } from '../store/queries/executor.js';
import { searchQueries } from '../store/queries/search.js';
import { highlighterOf, markHtml, snippetHtml } from './highlight.js';
import type { Hit } from './search.js';

export async function presentHits(q: Q, workspaceId: number, tree: QueryNode | null, hits: readonly Hit[]): Promise<SearchHitView[]> {
  const rows = new Map(
    (
      await searchQueries.rowsByIds(
        q,
        workspaceId,
        {},
        hits.map((h) => h.id),
      )
    ).map((r) => [r.id, r]),
  );
  const hl = highlighterOf(tree);
  const out: SearchHitView[] = [];
  for (const h of hits) {
    const r = rows.get(h.id);
    if (!r) continue;
    out.push({
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
    });
  }
  return out;
}

export type FacetName = 'channel' | 'sentiment' | 'source' | 'lang' | 'region' | 'authorRegion' | 'category' | 'topic';
export type Facets = Record<FacetName, { value: string; count: number }[]>;

/** Counts over the whole match set, largest first, at most 20 values each. */
export async function facetsOf(q: Q, workspaceId: number, hits: readonly Hit[]): Promise<Facets> {
  const count = (values: (h: Hit) => (string | null)[]) => {
    const m = new Map<string, number>();
    for (const h of hits) for (const v of new Set(values(h))) if (v) m.set(v, (m.get(v) ?? 0) + 1);
    return m;
  };
  const ids = hits.map((h) => h.id);
  const list = (m: Map<string, number>) =>
    [...m]
      .map(([value, n]) => ({ value, count: n }))
      .sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))
      .slice(0, 20);
  return {
    channel: list(count((h) => [h.channel])),
    sentiment: list(count((h) => [h.sentiment])),
    source: list(count((h) => [h.sourceKey])),
    lang: list(count((h) => [h.lang])),
    // Places the text mentions, and where the author posted from (IP属地): two questions, two facets.
    region: list(await searchQueries.countLabels(q, workspaceId, 'region', ids)),
    authorRegion: list(await searchQueries.countLabels(q, workspaceId, 'author_region', ids)),
    category: list(await searchQueries.countLabels(q, workspaceId, 'category', ids)),
    topic: list(await searchQueries.countLabels(q, workspaceId, 'topic', ids)),
  };
}
