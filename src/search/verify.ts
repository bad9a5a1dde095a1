/**
 * Deciding matches for a bounded set of ids: their rows (in the workspace, passing the filters) checked with
 * `compileQuery` — the code live matching runs — and the repost-fold rule, remembering each decision so a row
 * looked at twice in one request is fetched and checked once.
 */
import { type CompiledQuery, compileQuery, type Field, type QueryNode } from '../match/index.js';
import { matchDocumentOf } from '../match/mention-document.js';
import type { Q } from '../store/queries/executor.js';
import { type CandidateRow, type SearchFilters, searchQueries } from '../store/queries/search.js';

const BATCH = 1000;

export class Verifier {
  private readonly test: CompiledQuery | null;
  /** Region tags are read only when the query looks at the region field. */
  private readonly regions: boolean;
  private readonly decided = new Map<number, CandidateRow | null>();
  /** Rows fetched and checked (for diagnostics and the benchmark). */
  checked = 0;

  constructor(
    readonly q: Q,
    readonly workspaceId: number,
    private readonly filters: SearchFilters,
    tree: QueryNode | null,
  ) {
    this.test = tree ? compileQuery(tree) : null;
    this.regions = tree !== null && usesField(tree, 'region');
  }

  /** The rows of `ids` that pass the filters and match, in the order of `ids`. */
  async matching(ids: readonly number[]): Promise<CandidateRow[]> {
    const todo = ids.filter((id) => !this.decided.has(id));
    for (let i = 0; i < todo.length; i += BATCH) {
      const part = todo.slice(i, i + BATCH);
      const rows = await searchQueries.rowsByIds(this.q, this.workspaceId, this.filters, part, this.regions);
      this.checked += rows.length;
      for (const id of part) this.decided.set(id, null);
      for (const r of rows) if (!this.test || this.test(matchDocumentOf(r))) this.decided.set(r.id, r);
    }
    return ids.map((id) => this.decided.get(id)).filter((r): r is CandidateRow => !!r);
  }

  /** The rows left when a copy whose original also matches (query and filters) is folded into it. */
  async unfolded(rows: readonly CandidateRow[]): Promise<CandidateRow[]> {
    const originals = [...new Set(rows.map((r) => r.duplicateOf).filter((id): id is number => id !== null))];
    const matched = new Set((await this.matching(originals)).map((r) => r.id));
    return rows.filter((r) => r.duplicateOf === null || !matched.has(r.duplicateOf));
  }
}

function usesField(n: QueryNode, field: Field): boolean {
  switch (n.type) {
    case 'term':
    case 'near':
      return n.field === field;
    case 'not':
      return usesField(n.child, field);
    case 'and':
    case 'or':
      return n.children.some((c) => usesField(c, field));
  }
}
