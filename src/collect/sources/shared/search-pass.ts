/**
 * One pass of a search-API source type (Mastodon, Bluesky, Reddit, Hacker News): for each query, pages of results
 * newest first until the API has no next page, a page comes back empty or reaches results already collected, or
 * `maxPages` is reached. Each result becomes an item or is counted in the health note (`left-out.ts`); per query a
 * mark (the newest id or time seen) is kept in the source's cursor, so the next pass asks only for what is newer.
 */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { CollectContext, CollectResult, SourceState } from '../../source-type.js';
import { leftOutNote } from './left-out.js';

/** Topic keywords a search-API source looks for when its config names none. */
export const searchKeywordsField = z.array(z.string().trim().min(1).max(200)).max(20).optional();

/** Search words without blanks or repeats, at most 20 (each is one request or more per pass). */
export function searchWords(words: readonly string[]): string[] {
  return [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 20);
}

export interface SearchPage<R> {
  results: readonly R[];
  /** The token that asks for the next page; absent on the last. */
  next?: string | undefined;
}

/** The mark a query keeps between passes: an opaque id or ISO time (`string`), or a number of seconds. */
export type SearchMark = string | number;

export interface SearchApi<R, M extends SearchMark> {
  /** One key per query, also its key in the cursor. */
  queries: readonly string[];
  /** The health note when there is nothing to search for. */
  noQueries: string;
  /** The type of the marks, to tell a cursor this type wrote from anything else. */
  markType: M extends string ? 'string' : 'number';
  maxPages: number;
  /** Page `n` (from 0) of a query's results newer than `since`; `page` is the previous page's `next`. */
  fetchPage(query: string, since: M | undefined, page: string | undefined, n: number): Promise<SearchPage<R>>;
  toItem(result: R): IncomingItem | null;
  /** The query's mark after a result (`first`: the first result of this pass for the query). */
  advance(mark: M | undefined, result: R, item: IncomingItem | null, first: boolean): M | undefined;
  /** A result the previous pass already had: skipped, and paging stops after this page. */
  seen?(result: R, since: M | undefined): boolean;
  /** What identifies a result across queries, so one found by two queries is kept once. */
  identity?(result: R): string;
  /** The health note's words for results left out: what they are, and why. */
  leftOut: { what: string; why: string };
}

export async function searchPass<R, M extends SearchMark>(api: SearchApi<R, M>, state: SourceState): Promise<CollectResult> {
  if (api.queries.length === 0) return { items: [], state, note: api.noQueries };
  const before = marksOf<M>(state.cursor, api.markType);
  const cursor: Record<string, M> = { ...before };
  const items: IncomingItem[] = [];
  const ids = new Set<string>();
  let empty = 0;
  for (const q of api.queries) {
    const since = before[q];
    let mark = since;
    let first = true;
    let token: string | undefined;
    for (let n = 0; n < api.maxPages; n++) {
      const page = await api.fetchPage(q, since, token, n);
      let reachedSeen = false;
      for (const r of page.results) {
        const id = api.identity?.(r);
        if (id !== undefined) {
          if (ids.has(id)) continue;
          ids.add(id);
        }
        if (api.seen?.(r, since)) {
          reachedSeen = true;
          continue;
        }
        const item = api.toItem(r);
        if (item) items.push(item);
        else empty++;
        mark = api.advance(mark, r, item, first);
        first = false;
      }
      token = page.next;
      if (!token || page.results.length === 0 || reachedSeen) break;
    }
    if (mark !== undefined) cursor[q] = mark;
  }
  const note = leftOutNote(empty, api.leftOut.what, api.leftOut.why);
  return { items, state: { ...state, cursor }, ...(note ? { note } : {}) };
}

/** A pass over the config's keywords, or the workspace's topic keywords when the config names none. */
export function keywordSearchPass<R, M extends SearchMark>(
  config: { keywords?: string[] | undefined; maxPages: number },
  ctx: Pick<CollectContext, 'keywords' | 'state'>,
  api: Omit<SearchApi<R, M>, 'queries' | 'noQueries' | 'maxPages'>,
): Promise<CollectResult> {
  const queries = searchWords(config.keywords ?? ctx.keywords);
  return searchPass({ ...api, queries, noQueries: 'no keywords to search for', maxPages: config.maxPages }, ctx.state);
}

/** The marks of the previous pass, or none when the cursor is not one this type wrote. */
function marksOf<M extends SearchMark>(cursor: unknown, type: 'string' | 'number'): Record<string, M> {
  const ok =
    typeof cursor === 'object' && cursor !== null && !Array.isArray(cursor) && Object.values(cursor).every((x) => typeof x === type);
  return ok ? (cursor as Record<string, M>) : {};
}

/** The larger of a mark and a result's number (for marks that are times or ids counting up). */
export function newest(mark: number | undefined, value: number): number {
  return Math.max(mark ?? 0, value);
}
