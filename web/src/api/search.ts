/** Searching stored mentions with the topic query language. */
import type { SearchResult } from '../../../src/api/schemas/search.js';
import { request } from './client.js';

export type SearchParams = Record<string, string | number | undefined>;

export function searchMentions(workspaceId: number, params: SearchParams, signal?: AbortSignal): Promise<SearchResult> {
  return request(`/workspaces/${workspaceId}/search`, { query: params, signal });
}
