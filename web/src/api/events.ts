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

/** Each correction answers with the event to show next: this one as it now is, or a split's new event. */
type Correction = Promise<EventDetail>;

const write = (path: string, method: 'PATCH' | 'POST' | 'PUT' | 'DELETE', lang: 'zh' | 'en', body?: unknown): Correction =>
  request(path, { method, body, query: { tz: tzMinutes(), lang } });

export interface CorrectionTarget {
  workspaceId: number;
  eventId: number;
  lang: 'zh' | 'en';
}

export function renameEvent({ workspaceId, eventId, lang }: CorrectionTarget, title: string): Correction {
  return write(one(workspaceId, eventId), 'PATCH', lang, { title });
}

export function mergeEvents({ workspaceId, eventId, lang }: CorrectionTarget, from: number[]): Correction {
  return write(`${one(workspaceId, eventId)}/merge`, 'POST', lang, { from });
}

export function moveMentions({ workspaceId, eventId, lang }: CorrectionTarget, mentions: number[], to: number): Correction {
  return write(`${one(workspaceId, eventId)}/move`, 'POST', lang, { mentions, to });
}

export function splitEvent({ workspaceId, eventId, lang }: CorrectionTarget, mentions: number[], title?: string): Correction {
  return write(`${one(workspaceId, eventId)}/split`, 'POST', lang, title ? { mentions, title } : { mentions });
}

export function overrideSeverity({ workspaceId, eventId, lang }: CorrectionTarget, level: number, reason: string): Correction {
  return write(`${one(workspaceId, eventId)}/severity`, 'PUT', lang, { level, reason });
}

export function clearSeverityOverride({ workspaceId, eventId, lang }: CorrectionTarget): Correction {
  return write(`${one(workspaceId, eventId)}/severity`, 'DELETE', lang);
}
