/**
 * The search page's state as a URL query string, so a search can be bookmarked, shared, reloaded, and walked with
 * Back and Forward: the query, sort, filters, day range, fold switch, exact count and the page's cursor. Defaults are
 * left out (`/search?q=华为` is the whole newest-first, folded first page), unknown or malformed values are dropped.
 */

export const sorts = ['time', 'relevance', 'reach'] as const;
export type SearchSort = (typeof sorts)[number];

/** The filters the facet panel counts, each one value, named as the search API names them. */
export const facetNames = ['channel', 'sentiment', 'source', 'lang', 'region', 'authorRegion', 'category', 'topic'] as const;
/** Every filter: the facets, one event, and levels 1–4 (comma-separated). */
export const filterNames = [...facetNames, 'event', 'severity'] as const;
export type FilterName = (typeof filterNames)[number];

/** Filters whose values have a shape; others take any text. */
const filterShapes: Partial<Record<FilterName, RegExp>> = { event: /^[1-9]\d{0,15}$/, severity: /^[1-4](,[1-4]){0,3}$/ };

export interface SearchState {
  q: string;
  sort: SearchSort;
  filters: Partial<Record<FilterName, string>>;
  /** First and last day (`YYYY-MM-DD`, the browser's days) or an exact ISO time. */
  from?: string;
  to?: string;
  /** Repost families shown once (the default). */
  fold: boolean;
  /** Count every match instead of stopping at the server's cap. */
  exact: boolean;
  /** The `nextCursor` that led to this page; absent on the first page. */
  cursor?: string;
}

export const emptySearch: SearchState = { q: '', sort: 'time', filters: {}, fold: true, exact: false };

const day = /^\d{4}-\d{2}-\d{2}$/;
const isTime = (s: string) => /^\d{4}-\d{2}-\d{2}(T.+)?$/.test(s) && !Number.isNaN(Date.parse(s));

export function parseSearch(params: URLSearchParams): SearchState {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const sort = get('sort');
  const filters: SearchState['filters'] = {};
  for (const name of filterNames) {
    const value = get(name);
    if (value !== undefined && (filterShapes[name]?.test(value) ?? true)) filters[name] = value;
  }
  const from = get('from');
  const to = get('to');
  const cursor = get('cursor');
  return {
    q: get('q') ?? '',
    sort: sorts.find((s) => s === sort) ?? 'time',
    filters,
    ...(from !== undefined && isTime(from) ? { from } : {}),
    ...(to !== undefined && isTime(to) ? { to } : {}),
    fold: get('fold') !== '0',
    exact: get('count') === 'exact',
    ...(cursor !== undefined ? { cursor } : {}),
  };
}

/** `?q=…&sort=…` with defaults left out, in a fixed order (so equal states give equal URLs); `''` for the default search. */
export function searchQueryString(state: SearchState): string {
  const params = new URLSearchParams();
  if (state.q) params.set('q', state.q);
  if (state.sort !== 'time') params.set('sort', state.sort);
  if (state.from) params.set('from', state.from);
  if (state.to) params.set('to', state.to);
  for (const name of filterNames) {
    const value = state.filters[name];
    if (value) params.set(name, value);
  }
  if (!state.fold) params.set('fold', '0');
  if (state.exact) params.set('count', 'exact');
  if (state.cursor) params.set('cursor', state.cursor);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** A day's start (`from`) or end (`to`) in the browser's time zone, as the ISO time the API takes. */
export function apiTime(value: string | undefined, edge: 'from' | 'to'): string | undefined {
  if (value === undefined) return undefined;
  if (!day.test(value)) return new Date(value).toISOString();
  return new Date(`${value}T${edge === 'from' ? '00:00:00' : '23:59:59.999'}`).toISOString();
}

export type SearchApiParams = Record<string, string | number | undefined>;

/** The search API's parameters for this state. */
export function searchApiParams(state: SearchState, limit: number): SearchApiParams {
  return {
    q: state.q || undefined,
    sort: state.sort,
    limit,
    cursor: state.cursor,
    from: apiTime(state.from, 'from'),
    to: apiTime(state.to, 'to'),
    ...state.filters,
    fold: state.fold ? 'true' : 'false',
    count: state.exact ? 'exact' : undefined,
  };
}

/** What a total depends on: everything but the sort, the counting and the page. */
const countedPart = (s: SearchState) => searchQueryString({ ...s, sort: 'time', exact: false, cursor: undefined });

/**
 * The state after a change: a new search starts on the first page, and one that matches other mentions (a new
 * query, filter, range or fold) goes back to the capped count, since an exact count is asked for each search anew.
 */
export function newSearch(state: SearchState, change: Partial<Omit<SearchState, 'cursor'>>): SearchState {
  const { cursor: _, ...next } = { ...state, ...change };
  const recount = change.exact === undefined && countedPart(next) !== countedPart(state);
  return recount ? { ...next, exact: false } : next;
}

/** Whether two states are the same search on the same page (they give the same URL). */
export function sameSearch(a: SearchState, b: SearchState): boolean {
  return searchQueryString(a) === searchQueryString(b);
}
