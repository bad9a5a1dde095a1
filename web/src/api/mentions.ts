/** Reading a workspace's mentions, newest first, a cursor page at a time; optionally one event's, or high-risk ones of some levels. */
import type { MentionPage } from '../../../src/api/schemas/mentions.js';
import { request } from './client.js';

export interface MentionQuery {
  workspaceId: number;
  limit: number;
  cursor?: string;
  event?: number;
  /** Levels 1–4. */
  severity?: readonly number[];
}

export function listMentions({ workspaceId, limit, cursor, event, severity }: MentionQuery, signal?: AbortSignal): Promise<MentionPage> {
  const query = { limit, cursor, event, severity: severity && severity.length > 0 ? severity.join(',') : undefined };
  return request<MentionPage>(`/workspaces/${workspaceId}/mentions`, { query, signal });
}
