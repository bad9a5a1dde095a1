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

/**
 * The per-source collection interval and the time of the last new item, read where the API gives them: optional
 * here so the page works with a server that has them and with one that does not yet.
 */
export type SourceRow = SourceView & {
  /** The interval someone set; null: automatic. */
  intervalSeconds?: number | null;
  health: SourceView['health'] & { intervalSeconds?: number | null; lastNewItemAt?: string | null };
};

/** `intervalSeconds` in a create or change: seconds, or null for automatic. */
export interface IntervalBody {
  intervalSeconds?: number | null;
}

export function listSources(workspaceId: number, signal?: AbortSignal): Promise<{ items: SourceRow[] }> {
  return request(`/workspaces/${workspaceId}/sources`, { signal });
}

export function getSource(workspaceId: number, id: number, signal?: AbortSignal): Promise<SourceDetail> {
  return request(`/workspaces/${workspaceId}/sources/${id}`, { signal });
}

export function createSource(workspaceId: number, body: CreateSourceBody & IntervalBody): Promise<SourceRow> {
  return request(`/workspaces/${workspaceId}/sources`, { method: 'POST', body });
}

export function patchSource(workspaceId: number, id: number, body: PatchSourceBody & IntervalBody): Promise<SourceRow> {
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
