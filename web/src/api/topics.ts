/** Topics (监测方案): list, create, change, delete; preview a query; apply a topic to stored mentions. */
import type { TopicApplyResult, TopicPreview } from '../../../src/api/schemas/search.js';
import type { CreateTopicBody, PatchTopicBody, TopicView } from '../../../src/api/schemas/topics.js';
import { request } from './client.js';

export function listTopics(workspaceId: number, signal?: AbortSignal): Promise<{ items: TopicView[] }> {
  return request(`/workspaces/${workspaceId}/topics`, { signal });
}

export function createTopic(workspaceId: number, body: CreateTopicBody): Promise<TopicView> {
  return request(`/workspaces/${workspaceId}/topics`, { method: 'POST', body });
}

export function patchTopic(workspaceId: number, id: number, body: PatchTopicBody): Promise<TopicView> {
  return request(`/workspaces/${workspaceId}/topics/${id}`, { method: 'PATCH', body });
}

export function deleteTopic(workspaceId: number, id: number): Promise<void> {
  return request(`/workspaces/${workspaceId}/topics/${id}`, { method: 'DELETE' });
}

export function previewTopic(workspaceId: number, query: string, signal?: AbortSignal): Promise<TopicPreview> {
  return request(`/workspaces/${workspaceId}/topics/preview`, { method: 'POST', body: { query }, signal });
}

export function applyTopic(workspaceId: number, id: number, body: { from?: string; to?: string }): Promise<TopicApplyResult> {
  return request(`/workspaces/${workspaceId}/topics/${id}/apply`, { method: 'POST', body });
}
