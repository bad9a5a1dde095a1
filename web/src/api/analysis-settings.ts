/** Analysis settings: the workspace's user dictionary and category taxonomy. */
import type { CategoryView, DictionaryWordView } from '../../../src/api/schemas/analysis-settings.js';
import { request } from './client.js';

export function listDictionary(workspaceId: number, signal?: AbortSignal): Promise<{ items: DictionaryWordView[] }> {
  return request(`/workspaces/${workspaceId}/dictionary`, { signal });
}

export function addDictionaryWord(workspaceId: number, body: { word: string; kind: string }): Promise<DictionaryWordView> {
  return request(`/workspaces/${workspaceId}/dictionary`, { method: 'POST', body });
}

export function removeDictionaryWord(workspaceId: number, id: number): Promise<void> {
  return request(`/workspaces/${workspaceId}/dictionary/${id}`, { method: 'DELETE' });
}

export function listCategories(workspaceId: number, signal?: AbortSignal): Promise<{ items: CategoryView[] }> {
  return request(`/workspaces/${workspaceId}/categories`, { signal });
}

export function createCategory(workspaceId: number, body: { key: string; name: string; query: string }): Promise<CategoryView> {
  return request(`/workspaces/${workspaceId}/categories`, { method: 'POST', body });
}

export function patchCategory(
  workspaceId: number,
  id: number,
  body: { name?: string; query?: string; active?: boolean },
): Promise<CategoryView> {
  return request(`/workspaces/${workspaceId}/categories/${id}`, { method: 'PATCH', body });
}

export function deleteCategory(workspaceId: number, id: number): Promise<void> {
  return request(`/workspaces/${workspaceId}/categories/${id}`, { method: 'DELETE' });
}
