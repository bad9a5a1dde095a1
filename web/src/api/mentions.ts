/** Reading a workspace's mentions, newest first, a cursor page at a time. */
import type { MentionPage } from '../../../src/api/schemas/mentions.js';
import { request } from './client.js';

export interface MentionQuery {
  workspaceId: number;
  limit: number;
  cursor?: string;
}

export function listMentions({ workspaceId, limit, cursor }: MentionQuery, signal?: AbortSignal): Promise<MentionPage> {
  return request<MentionPage>(`/workspaces/${workspaceId}/mentions`, { query: { limit, cursor }, signal });
}
