/** Searching stored mentions with the topic query language. */
import type { SearchResult } from '../../../src/api/schemas/search.js';
import { apiBase, request } from './client.js';

export type SearchParams = Record<string, string | number | undefined>;

/** Beyond this many characters of query string a search goes by POST: URLs stop at about 16 KB, queries may be 20,000 characters. */
export const LONG_QUERY_CHARS = 2000;

export function searchMentions(workspaceId: number, params: SearchParams, signal?: AbortSignal): Promise<SearchResult> {
  const path = `/workspaces/${workspaceId}/search`;
  const size = Object.values(params).reduce<number>((n, v) => n + (v === undefined ? 0 : encodeURIComponent(String(v)).length), 0);
  if (size <= LONG_QUERY_CHARS) return request(path, { query: params, signal });
  return request(path, { method: 'POST', body: searchBody(params), signal });
}

/** The same parameters as a JSON body: numbers and booleans where the body takes them, absent ones left out. */
export function searchBody(params: SearchParams): Record<string, string | number | boolean> {
  const body: Record<string, string | number | boolean> = {};
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    if (key === 'topic' || key === 'event' || key === 'limit') body[key] = Number(value);
    else if (key === 'fold') body[key] = String(value) === 'true';
    else body[key] = String(value);
  }
  return body;
}

/** Parameters a CSV export does not take: it walks every page itself, up to its own row limit. */
const notExported = new Set(['limit', 'cursor', 'count']);

/** The link that downloads the search (or, without a query, the mentions list) as CSV, headers in the UI language and times in the browser's zone. */
export function exportUrl(workspaceId: number, params: SearchParams, lang: 'zh' | 'en'): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || notExported.has(key)) continue;
    query.set(key, String(value));
  }
  query.set('labels', lang);
  query.set('tz', Intl.DateTimeFormat().resolvedOptions().timeZone || 'Asia/Shanghai');
  return `${apiBase}/workspaces/${workspaceId}/search/export?${query.toString()}`;
}
