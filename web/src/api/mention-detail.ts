/** One mention with all its analysis, and correcting its sentiment. */
import type { MentionDetail, SentimentLabelValue } from '../../../src/api/schemas/mention-detail.js';
import { request } from './client.js';

/** `lang` is the language of the severity explanation. */
export function getMentionDetail(workspaceId: number, mentionId: number, lang: 'zh' | 'en', signal?: AbortSignal): Promise<MentionDetail> {
  return request<MentionDetail>(`/workspaces/${workspaceId}/mentions/${mentionId}`, { signal, query: { lang } });
}

export function correctSentiment(workspaceId: number, mentionId: number, label: SentimentLabelValue): Promise<MentionDetail> {
  return request<MentionDetail>(`/workspaces/${workspaceId}/mentions/${mentionId}/sentiment`, { method: 'PUT', body: { label } });
}
