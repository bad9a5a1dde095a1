/** Events (舆情事件): the list, one event's page, and the analysts' corrections and severity override. */
import type { EventDetail, EventList, EventStatus } from '../../../src/api/schemas/events.js';
import { request } from './client.js';

export interface EventListParams {
  status?: readonly EventStatus[];
  severity?: readonly number[];
  topic?: number;
  from?: string;
  to?: string;
  q?: string;
  sort?: 'severity' | 'recent' | 'size';
  limit?: number;
  cursor?: string;
}

/** Minutes east of UTC in the browser, for the API's hourly buckets. */
export const tzMinutes = (): number => -new Date().getTimezoneOffset();

const list = (values: readonly (string | number)[] | undefined) => (values && values.length > 0 ? values.join(',') : undefined);

export function listEvents(workspaceId: number, p: EventListParams, signal?: AbortSignal): Promise<EventList> {
  const query = {
    status: list(p.status),
    severity: list(p.severity),
    topic: p.topic,
    from: p.from,
    to: p.to,
    q: p.q || undefined,
    sort: p.sort,
    limit: p.limit,
    cursor: p.cursor,
    tz: tzMinutes(),
  };
  return request(`/workspaces/${workspaceId}/events`, { query, signal });
}

const one = (workspaceId: number, eventId: number) => `/workspaces/${workspaceId}/events/${eventId}`;

export function getEvent(workspaceId: number, eventId: number, lang: 'zh' | 'en', signal?: AbortSignal): Promise<EventDetail> {
  return request(one(workspaceId, eventId), { query: { tz: tzMinutes(), lang }, signal });
}

/** The corrections answer with the event as it now is (or nothing); the page reloads it either way. */
export function renameEvent(workspaceId: number, eventId: number, title: string): Promise<unknown> {
  return request(one(workspaceId, eventId), { method: 'PATCH', body: { title } });
}

export function mergeEvents(workspaceId: number, eventId: number, from: number[]): Promise<unknown> {
  return request(`${one(workspaceId, eventId)}/merge`, { method: 'POST', body: { from } });
}

export function moveMentions(workspaceId: number, eventId: number, mentions: number[], to: number): Promise<unknown> {
  return request(`${one(workspaceId, eventId)}/move`, { method: 'POST', body: { mentions, to } });
}

export function splitEvent(workspaceId: number, eventId: number, mentions: number[], title?: string): Promise<unknown> {
  return request(`${one(workspaceId, eventId)}/split`, { method: 'POST', body: title ? { mentions, title } : { mentions } });
}

export function overrideSeverity(workspaceId: number, eventId: number, level: number, reason: string): Promise<unknown> {
  return request(`${one(workspaceId, eventId)}/severity`, { method: 'PUT', body: { level, reason } });
}

export function clearSeverityOverride(workspaceId: number, eventId: number): Promise<unknown> {
  return request(`${one(workspaceId, eventId)}/severity`, { method: 'DELETE' });
}
