/**
 * One page of a search as the API answers it, without computing the whole match set.
 *
 * 1. A bounded sample: the index is asked for at most COUNT_CAP + 1 candidates of the workspace (a query without
 *    index terms: the COUNT_CAP + 1 newest mentions in the filters), and at most COUNT_CAP of them are checked
 *    (filters, then `compileQuery`, then the fold rule). When the index had no more, these are every match: the
 *    page is cut from them, the total is exact and the facets count all. Otherwise the total is the matches found
 *    among them (`totalCapped`: there are at least that many) and the facets count them (`sample`).
 * 2. Past the cap, a page by time or reach walks the workspace's mentions in that order through an index, a chunk
 *    at a time, checks the chunk's rows (only the ids the full-text index holds, when candidates are rare), and
 *    stops once the page is full. A
 *    page by relevance ranks the sample (a bounded, stated set: the facets basis).
 * `count: 'exact'` computes the whole match set instead (slow for broad queries).
 *
 * Folding: a copy whose original also matches the query and the filters is left out, so a family shows once (by
 * its original). The rule looks at one item and its original only, so it holds the same on every page.
 */
import { COUNT_CAP } from '../domain/search-limits.js';
import { parseQuery, type QueryNode } from '../match/index.js';
import type { Q } from '../store/queries/executor.js';
import type { CandidateRow, SearchFilters } from '../store/queries/search.js';
import { searchQueries } from '../store/queries/search.js';
import { candidateIds, candidatesAmong } from '../store/queries/search-index.js';
import { countFacets, type FacetCounts } from './facets.js';
import { type FamilyRow, withFamilies } from './family.js';
import { highlighterOf } from './highlight.js';
import { type Prefilter, prefilterOf } from './prefilter.js';
import { findMatches, type Hit, hitOf, pageOf, rowsOfHits, type SearchSort, sortKey } from './search.js';
import { Verifier } from './verify.js';

export interface SearchRequest {
  query: string | QueryNode | null;
  filters: SearchFilters;
  sort: SearchSort;
  /** The keyset position `[sort key, id]` of the previous page's last row. */
  after: [number, number] | null;
  limit: number;
  count: 'capped' | 'exact';
  fold: boolean;
  /** How many candidates the bounded sample looks at (tests make it small). */
  cap?: number;
}

export interface SearchPage {
  tree: QueryNode | null;
  rows: FamilyRow[];
  next: [number, number] | null;
  /** Matches (after folding); when `totalCapped`, at least this many. */
  total: number;
  totalCapped: boolean;
  facets: FacetCounts;
  /** What the facets count: every match, or a sample of `size` matches (the most recently stored candidates'). */
  facetsBasis: { kind: 'all' | 'sample'; size: number };
  /** Rows fetched and checked against the query (for the benchmark). */
  checked: number;
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
  if (req.count === 'exact') return exactPage(q, workspaceId, tree, req);
  const cap = req.cap ?? COUNT_CAP;
  const verifier = new Verifier(q, workspaceId, req.filters, tree);
  const prefilter = tree ? prefilterOf(tree) : null;
  const highlighter = req.sort === 'relevance' ? highlighterOf(tree) : null;

  const probe = prefilter
    ? await candidateIds(q, workspaceId, prefilter, cap + 1)
    : (await searchQueries.walk(q, workspaceId, req.filters, 'time', null, cap + 1)).map((w) => w.id);
  const complete = probe.length <= cap;
  let sample = await verifier.matching(probe.slice(0, cap));
  if (req.fold) sample = await verifier.unfolded(sample);
  const sampleHits = sample.map((r) => hitOf(r, highlighter));
  const byId = new Map(sample.map((r) => [r.id, r]));

  let pageRows: CandidateRow[];
  if (complete || req.sort === 'relevance') {
    pageRows = pageOf(sampleHits, req.sort, req.after, req.limit).map((h) => byId.get(h.id)!);
  } else {
    const index: WalkIndex | null = prefilter && {
      prefilter,
      sparse: sparse(probe),
      probe: new Set(probe),
      coveredFrom: Math.min(...probe),
    };
    pageRows = await walkPage(verifier, index, req);
  }
  const items = pageRows.slice(0, req.limit);
  const last = items[items.length - 1];
  return {
    tree,
    rows: await withFamilies(q, workspaceId, items),
    next: pageRows.length > req.limit && last ? [sortKey(hitOf(last, highlighter), req.sort), last.id] : null,
    total: sample.length,
    totalCapped: !complete,
    facets: await countFacets(q, workspaceId, sampleHits),
    facetsBasis: { kind: complete ? 'all' : 'sample', size: sampleHits.length },
    checked: verifier.checked,
  };
}

/**
 * Whether the index's candidates are rare enough among mentions that a walk should ask the index which ids of a
 * chunk are candidates; when they are common (one broad word) checking the chunk's rows directly is cheaper. The
 * density is estimated from the probe's id span.
 */
function sparse(probe: readonly number[]): boolean {
  const span = Math.max(...probe) - Math.min(...probe) + 1;
  return probe.length / span < 0.2;
}

const FIRST_CHUNK = 128;
const MAX_CHUNK = 4096;

/**
 * Up to limit + 1 shown rows after the cursor, in time or reach order: walks the workspace's mentions through the
 * (workspace, key, id) index in growing chunks; of each chunk only the ids the full-text index holds are checked.
 */
/** What the walk knows of the full-text candidates. */
interface WalkIndex {
  prefilter: Prefilter;
  /** Ask the index about a chunk's ids (candidates are rare); else check the rows directly. */
  sparse: boolean;
  probe: ReadonlySet<number>;
  /** Every candidate with an id at least this is in `probe` (the probe is newest stored first), so those need no lookup. */
  coveredFrom: number;
}

/** The ids of a walked chunk that may match: known from the probe where it covers them, else asked of the index. */
async function mayMatch(verifier: Verifier, index: WalkIndex | null, ids: number[]): Promise<number[]> {
  if (!index) return ids;
  const from = index.coveredFrom;
  const rest = ids.filter((id) => id < from);
  const among =
    index.sparse && rest.length > 0 ? await candidatesAmong(verifier.q, verifier.workspaceId, index.prefilter, rest) : undefined;
  return ids.filter((id) => (id >= from ? index.probe.has(id) : !among || among.has(id)));
}

async function walkPage(verifier: Verifier, index: WalkIndex | null, req: SearchRequest): Promise<CandidateRow[]> {
  const order = req.sort === 'reach' ? 'reach' : 'time';
  const out: CandidateRow[] = [];
  let after = req.after;
  let chunk = FIRST_CHUNK;
  for (;;) {
    const walked = await searchQueries.walk(verifier.q, verifier.workspaceId, req.filters, order, after, chunk);
    let rows = await verifier.matching(
      await mayMatch(
        verifier,
        index,
        walked.map((w) => w.id),
      ),
    );
    if (req.fold) rows = await verifier.unfolded(rows);
    for (const r of rows) {
      out.push(r);
      if (out.length > req.limit) return out;
    }
    const last = walked[walked.length - 1];
    if (walked.length < chunk || !last) return out;
    after = [last.key, last.id];
    chunk = Math.min(chunk * 2, MAX_CHUNK);
  }
}

/** The whole match set: exact total, facets over every match. */
async function exactPage(q: Q, workspaceId: number, tree: QueryNode | null, req: SearchRequest): Promise<SearchPage> {
  const set = await findMatches(q, workspaceId, tree, req.filters, req.sort === 'relevance');
  const shown = req.fold ? folded(set.hits) : set.hits;
  const page = pageOf(shown, req.sort, req.after, req.limit);
  const items = page.slice(0, req.limit);
  const last = items[items.length - 1];
  return {
    tree,
    rows: await withFamilies(q, workspaceId, await rowsOfHits(q, workspaceId, items)),
    next: page.length > req.limit && last ? [sortKey(last, req.sort), last.id] : null,
    total: shown.length,
    totalCapped: false,
    facets: await countFacets(q, workspaceId, shown),
    facetsBasis: { kind: 'all', size: shown.length },
    checked: set.candidates,
  };
}
