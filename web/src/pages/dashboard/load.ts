/** Loading the dashboard: the period presets, the topic set in the URL, the API calls (the dashboard, its key accounts). */
import type { Dashboard } from '../../../../src/api/schemas/dashboard.js';
import type { KeyAccounts } from '../../../../src/api/schemas/key-accounts.js';
import { request } from '../../api/client.js';

export const periods = { '24h': 1, '7d': 7, '30d': 30, '90d': 90 } as const;
export type Period = keyof typeof periods;

export interface DashboardState {
  period: Period;
  topics: number[];
}

export function parseDashboard(params: URLSearchParams): DashboardState {
  const p = params.get('period');
  const topics = (params.get('topics') ?? '')
    .split(',')
    .filter((t) => /^[1-9]\d{0,15}$/.test(t))
    .map(Number);
  return { period: p !== null && p in periods ? (p as Period) : '7d', topics };
}

export function dashboardQueryString(s: DashboardState, extra: Record<string, string> = {}): string {
  const params = new URLSearchParams(extra);
  if (s.period !== '7d') params.set('period', s.period);
  if (s.topics.length > 0) params.set('topics', s.topics.join(','));
  const qs = params.toString();
  return qs ? `?${qs}` : '';
}

export function loadDashboard(workspaceId: number, s: DashboardState, signal: AbortSignal, now = Date.now()): Promise<Dashboard> {
  const days = periods[s.period];
  return request(`/workspaces/${workspaceId}/dashboard`, {
    signal,
    query: {
      from: new Date(now - days * 86_400_000).toISOString(),
      to: new Date(now).toISOString(),
      topics: s.topics.length > 0 ? s.topics.join(',') : undefined,
      bucket: days <= 1 ? 'hour' : 'day',
      tz: -new Date(now).getTimezoneOffset(),
    },
  });
}

/** The key accounts (关键传播账号) of the same period and topics. */
export function loadKeyAccounts(workspaceId: number, s: DashboardState, signal: AbortSignal, now = Date.now()): Promise<KeyAccounts> {
  const days = periods[s.period];
  return request(`/workspaces/${workspaceId}/key-accounts`, {
    signal,
    query: {
      from: new Date(now - days * 86_400_000).toISOString(),
      to: new Date(now).toISOString(),
      topics: s.topics.length > 0 ? s.topics.join(',') : undefined,
      limit: 10,
    },
  });
}
