/** A mention's repost family: its original first, then the copies, a page at a time. */
import type { MentionFamily } from '../../../src/api/schemas/search.js';
import { request } from './client.js';

export function getFamily(
  workspaceId: number,
  mentionId: number,
  params: { limit: number; cursor?: string | undefined },
  signal?: AbortSignal,
): Promise<MentionFamily> {
  return request<MentionFamily>(`/workspaces/${workspaceId}/mentions/${mentionId}/family`, { query: params, signal });
}
