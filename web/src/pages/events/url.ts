/**
 * The events list's filters as a URL query string, so a filtered list can be bookmarked, shared and walked with Back:
 * statuses, levels, topic, first and last day, words and sort. Defaults are left out; malformed values are dropped.
 */
import { EVENT_STATUSES, type EventStatus } from '../../../../src/api/schemas/events.js';
import type { EventListParams } from '../../api/events.js';
import { apiTime } from '../../lib/search-url.js';
import { isLevel, type Level } from './levels.js';

export const eventSorts = ['severity', 'recent', 'size'] as const;
export type EventSort = (typeof eventSorts)[number];

export interface EventFilters {
  status: EventStatus[];
  severity: Level[];
  topic?: number;
  /** `YYYY-MM-DD`, the browser's days. */
  from?: string;
  to?: string;
  q: string;
  sort: EventSort;
}

export const noEventFilters: EventFilters = { status: [], severity: [], q: '', sort: 'severity' };

const dayRe = /^\d{4}-\d{2}-\d{2}$/;

export function parseEventFilters(params: URLSearchParams): EventFilters {
  const get = (name: string) => params.get(name)?.trim() || undefined;
  const status = (get('status') ?? '').split(',').filter((s): s is EventStatus => (EVENT_STATUSES as readonly string[]).includes(s));
  const severity = (get('severity') ?? '')
    .split(',')
    .map(Number)
    .filter((n): n is Level => isLevel(n));
  const topic = Number(get('topic'));
  const from = get('from');
  const to = get('to');
  const sort = get('sort');
  return {
    status: [...new Set(status)],
    severity: [...new Set(severity)].sort(),
    ...(Number.isInteger(topic) && topic > 0 ? { topic } : {}),
    ...(from && dayRe.test(from) ? { from } : {}),
    ...(to && dayRe.test(to) ? { to } : {}),
    q: get('q') ?? '',
    sort: eventSorts.find((s) => s === sort) ?? 'severity',
  };
}

/** `?status=…&severity=…` in a fixed order with defaults left out; `''` for no filters. */
export function eventFiltersQueryString(f: EventFilters): string {
  const params = new URLSearchParams();
  if (f.status.length > 0) params.set('status', f.status.join(','));
  if (f.severity.length > 0) params.set('severity', f.severity.join(','));
  if (f.topic !== undefined) params.set('topic', String(f.topic));
  if (f.from) params.set('from', f.from);
  if (f.to) params.set('to', f.to);
  if (f.q) params.set('q', f.q);
  if (f.sort !== 'severity') params.set('sort', f.sort);
  const s = params.toString();
  return s ? `?${s}` : '';
}

/** The events API's parameters for these filters (days as the browser's day edges). */
export function eventApiParams(f: EventFilters, limit: number, cursor?: string): EventListParams {
  return {
    status: f.status,
    severity: f.severity,
    ...(f.topic !== undefined ? { topic: f.topic } : {}),
    ...(f.from ? { from: apiTime(f.from, 'from') } : {}),
    ...(f.to ? { to: apiTime(f.to, 'to') } : {}),
    q: f.q,
    sort: f.sort,
    limit,
    ...(cursor ? { cursor } : {}),
  };
}
