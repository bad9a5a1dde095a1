/**
 * The search page's state, read from the URL and changed by going to a new URL: each submitted query, filter, sort or
 * page is a history entry, so Back returns to the previous search. The cursors of the pages before this one ride on
 * the history entry (they are long and opaque, so not in the URL): Previous walks back through them, and on a shared
 * link to a later page Previous goes to the first page.
 */
import { useMemo } from 'react';
import { historyState, navigate, useLocation } from '../../lib/router.js';
import { parseSearch, type SearchState, searchQueryString } from '../../lib/search-url.js';

interface PageTrail {
  /** Cursors of the earlier pages, oldest first; `null` is the first page. */
  searchPages: (string | null)[];
}

function trail(): (string | null)[] {
  const state = historyState();
  if (typeof state !== 'object' || state === null || !('searchPages' in state)) return [];
  const pages = (state as PageTrail).searchPages;
  return Array.isArray(pages) ? pages.filter((p): p is string | null => p === null || typeof p === 'string') : [];
}

export interface SearchNavigation {
  state: SearchState;
  /** Goes to this search (its first page unless it names a cursor), as a new history entry or in place. */
  go(next: SearchState, opts?: { replace?: boolean }): void;
  /** Goes to the page after this one. */
  nextPage(cursor: string): void;
  /** Goes to the page before this one (the first page when the trail is unknown); false on the first page. */
  prevPage: (() => void) | null;
}

export function useSearchState(): SearchNavigation {
  const { pathname, search } = useLocation();
  const key = search.toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: `key` is the URL's query string, which `search` is parsed from.
  const state = useMemo(() => parseSearch(search), [key]);
  const to = (s: SearchState) => `${pathname}${searchQueryString(s)}`;
  const go = (next: SearchState, opts: { replace?: boolean } = {}) => navigate(to(next), opts);
  const nextPage = (cursor: string) => {
    const pages: PageTrail = { searchPages: [...trail(), state.cursor ?? null] };
    navigate(to({ ...state, cursor }), { state: pages });
  };
  const prevPage =
    state.cursor === undefined
      ? null
      : () => {
          const pages = trail();
          const previous = pages.at(-1) ?? null;
          const { cursor: _, ...first } = state;
          const page: PageTrail = { searchPages: pages.slice(0, -1) };
          navigate(to(previous === null ? first : { ...first, cursor: previous }), { state: page });
        };
  return { state, go, nextPage, prevPage };
}
