/**
 * Searching stored mentions with the topic query language, giving exactly what live matching would tag: the
 * index pre-selects rows containing an anchor (or, for a query without anchors, every row in range), and
 * `compileQuery` — the code live matching runs — decides on each, in batches. Facets count the whole match set;
 * the page is cut from it by a keyset over (sort key, id).
 */
import { compileQuery, parseQuery, type QueryNode } from '../match/index.js';
import { matchDocumentOf } from '../match/mention-document.js';
import type { Q } from '../store/queries/executor.js';
import { type CandidateRow, type SearchFilters, searchQueries } from '../store/queries/search.js';
import { candidateIds } from '../store/queries/search-index.js';
import { type Highlighter, highlighterOf } from './highlight.js';
import { prefilterOf } from './prefilter.js';

export type SearchSort = 'time' | 'relevance' | 'reach';

export interface Hit {
  id: number;
  sortAt: number;
  reach: number;
  /** Relevance × 1000, rounded (an integer, so it fits a cursor). */
  score: number;
  channel: string | null;
  sentiment: string | null;
  sourceKey: string;
  lang: string | null;
  /** The original of its repost family, or null for an original. */
  duplicateOf: number | null;
}

export interface MatchSet {
  tree: QueryNode | null;
  hits: Hit[];
  /** Rows the post-filter looked at (for diagnostics and the benchmark). */
  candidates: number;
}

const BATCH = 1000;

/** Every mention of the workspace that passes the filters and matches the query (all of them when `query` is empty). */
export async function findMatches(
  q: Q,
  workspaceId: number,
  query: string | QueryNode | null,
  filters: SearchFilters,
  scored = false,
): Promise<MatchSet> {
  const tree = typeof query === 'string' ? (query.trim() ? parseQuery(query) : null) : query;
  const test = tree ? compileQuery(tree) : () => true;
  const highlighter = scored ? highlighterOf(tree) : null;
  const hits: Hit[] = [];
  let candidates = 0;
  const take = (rows: CandidateRow[]) => {
    candidates += rows.length;
    for (const r of rows) if (test(matchDocumentOf(r))) hits.push(hitOf(r, highlighter));
  };
  const prefilter = tree ? prefilterOf(tree) : null;
  if (prefilter) {
    const ids = await candidateIds(q, workspaceId, prefilter);
    ids.sort((a, b) => a - b);
    for (let i = 0; i < ids.length; i += BATCH) take(await searchQueries.rowsByIds(q, workspaceId, filters, ids.slice(i, i + BATCH)));
  } else {
    let after = 0;
    for (;;) {
      const rows = await searchQueries.scan(q, workspaceId, filters, after, BATCH);
      take(rows);
      if (rows.length < BATCH) break;
      after = rows[rows.length - 1]!.id;
    }
  }
  return { tree, hits, candidates };
}

/** A matching row as a hit; scored for relevance when a highlighter is given. */
export function hitOf(r: CandidateRow, highlighter: Highlighter | null): Hit {
  let score = 0;
  if (highlighter) {
    const title = highlighter.spans('title', r.title).length / 2;
    const text = highlighter.spans('text', r.text).length / 2;
    score = Math.round(((3 * title + text) / Math.sqrt(1 + r.text.length / 200)) * 1000);
  }
  return {
    id: r.id,
    sortAt: r.sortAt,
    reach: r.reach,
    score,
    channel: r.channel,
    sentiment: r.sentiment,
    sourceKey: r.sourceKey,
    lang: r.lang,
    duplicateOf: r.duplicateOf,
  };
}

/** The sort key of a hit: newest, most relevant, or widest reach first; ties by id, descending. */
export function sortKey(h: Hit, sort: SearchSort): number {
  return sort === 'time' ? h.sortAt : sort === 'reach' ? h.reach : h.score;
}

/** Hits in order, strictly after the cursor position `[key, id]`, at most `limit` (+1 to tell if more follow). */
export function pageOf(hits: Hit[], sort: SearchSort, after: [number, number] | null, limit: number): Hit[] {
  const ordered = [...hits].sort((a, b) => sortKey(b, sort) - sortKey(a, sort) || b.id - a.id);
  const start = after ? ordered.findIndex((h) => sortKey(h, sort) < after[0] || (sortKey(h, sort) === after[0] && h.id < after[1])) : 0;
  return start < 0 ? [] : ordered.slice(start, start + limit + 1);
}

/** The stored rows of the hits, in the hits' order (a hit deleted meanwhile is left out). */
export async function rowsOfHits(q: Q, workspaceId: number, hits: readonly { id: number }[]): Promise<CandidateRow[]> {
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
  return hits.map((h) => rows.get(h.id)).filter((r): r is CandidateRow => r !== undefined);
}
