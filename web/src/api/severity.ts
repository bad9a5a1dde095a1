/** Severity settings: the workspace's model and its own source authority tiers. */
import type { PutTierEntry, SeveritySettingsView, TierEntryList, TierEntryView } from '../../../src/api/schemas/severity-model.js';
import type { SeverityModel } from '../../../src/severity/model.js';
import { request } from './client.js';

export function getSeverityModel(workspaceId: number, signal?: AbortSignal): Promise<SeveritySettingsView> {
  return request(`/workspaces/${workspaceId}/severity-model`, { signal });
}

export function putSeverityModel(workspaceId: number, body: { model: SeverityModel; kolFollowers: number }): Promise<SeveritySettingsView> {
  return request(`/workspaces/${workspaceId}/severity-model`, { method: 'PUT', body });
}

export function resetSeverityModel(workspaceId: number): Promise<SeveritySettingsView> {
  return request(`/workspaces/${workspaceId}/severity-model`, { method: 'DELETE' });
}

export function listTierEntries(workspaceId: number, signal?: AbortSignal): Promise<TierEntryList> {
  return request(`/workspaces/${workspaceId}/severity-tiers`, { signal });
}

export function putTierEntry(workspaceId: number, body: PutTierEntry): Promise<TierEntryView> {
  return request(`/workspaces/${workspaceId}/severity-tiers`, { method: 'PUT', body });
}

export function deleteTierEntry(workspaceId: number, id: number): Promise<void> {
  return request(`/workspaces/${workspaceId}/severity-tiers/${id}`, { method: 'DELETE' });
}
