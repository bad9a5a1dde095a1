/** Sources (信息源): list with health, one with items per day, create, change, pause, and "fetch now". */
import type {
  CreateSourceBody,
  PatchSourceBody,
  SourceDetail,
  SourceTypeList,
  SourceView,
  TrialResult,
  TrySourceBody,
} from '../../../src/api/schemas/sources.js';
import { request } from './client.js';

export function listSources(workspaceId: number, signal?: AbortSignal): Promise<{ items: SourceView[] }> {
  return request(`/workspaces/${workspaceId}/sources`, { signal });
}

export function getSource(workspaceId: number, id: number, signal?: AbortSignal): Promise<SourceDetail> {
  return request(`/workspaces/${workspaceId}/sources/${id}`, { signal });
}

export function createSource(workspaceId: number, body: CreateSourceBody): Promise<SourceView> {
  return request(`/workspaces/${workspaceId}/sources`, { method: 'POST', body });
}

export function patchSource(workspaceId: number, id: number, body: PatchSourceBody): Promise<SourceView> {
  return request(`/workspaces/${workspaceId}/sources/${id}`, { method: 'PATCH', body });
}

export function testSavedSource(workspaceId: number, id: number): Promise<TrialResult> {
  return request(`/workspaces/${workspaceId}/sources/${id}/test`, { method: 'POST' });
}

export function testDraftSource(workspaceId: number, body: TrySourceBody): Promise<TrialResult> {
  return request(`/workspaces/${workspaceId}/sources/test`, { method: 'POST', body });
}

export function listSourceTypes(signal?: AbortSignal): Promise<SourceTypeList> {
  return request('/source-types', { signal });
}
