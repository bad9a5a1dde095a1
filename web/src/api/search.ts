/** Searching stored mentions with the topic query language. */
import type { SearchResult } from '../../../src/api/schemas/search.js';
import { request } from './client.js';

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
    if (key === 'topic' || key === 'limit') body[key] = Number(value);
    else if (key === 'fold') body[key] = String(value) === 'true';
    else body[key] = String(value);
  }
  return body;
}
