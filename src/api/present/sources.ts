/** Presenting sources: settings, health in plain words, and trial runs. */
import { sourceTypeOf } from '../../collect/sources/index.js';
import type { IncomingItem } from '../../domain/incoming-item.js';
import { parseTimeInput } from '../../domain/incoming-item.js';
import { type FloorConfig, intervalLimits, type TrialResult as Trial } from '../../scheduler/index.js';
import type { SourceHealthRow, SourceRecord } from '../../store/queries/index.js';
import type { SourceHealthView, SourceView, TrialItem, TrialResult } from '../schemas/sources.js';
import { iso, isoOrNull } from './time.js';

export function presentSource(s: SourceRecord, h: SourceHealthRow | undefined, itemsToday: number, floors: FloorConfig): SourceView {
  return {
    id: s.id,
    key: s.key,
    name: s.name,
    kind: s.kind,
    active: s.active,
    createdAt: iso(s.createdAt),
    config: parseConfig(s.config),
    intervalSeconds: s.intervalSetting,
    health: presentHealth(s, h, itemsToday, floors),
  };
}

function presentHealth(s: SourceRecord, h: SourceHealthRow | undefined, itemsToday: number, floors: FloorConfig): SourceHealthView {
  const collected = sourceTypeOf(s.kind) !== undefined;
  const limits = intervalLimits(s.kind, parseConfig(s.config), s.intervalSetting, floors);
  const status: SourceHealthView['status'] = !collected
    ? 'push'
    : !s.active
      ? 'paused'
      : !h?.lastAttemptAt
        ? 'waiting'
        : h.lastError
          ? 'failing'
          : 'ok';
  return {
    status,
    lastAttemptAt: isoOrNull(h?.lastAttemptAt ?? null),
    lastSuccessAt: isoOrNull(h?.lastSuccessAt ?? null),
    lastError: h?.lastError ?? null,
    lastNote: h?.lastNote ?? null,
    lastItemCount: h?.lastItemCount ?? 0,
    consecutiveFailures: h?.consecutiveFailures ?? 0,
    intervalSeconds: limits ? (h?.intervalSeconds ?? limits.baseSeconds) : null,
    defaultIntervalSeconds: limits?.defaultSeconds ?? null,
    minIntervalSeconds: limits?.floorSeconds ?? null,
    lastNewItemAt: isoOrNull(h?.lastNewItemAt ?? null),
    nextCheckAt: collected && s.active ? isoOrNull(h?.nextCheckAt ?? null) : null,
    itemsToday,
  };
}

export function presentTrial(t: Trial): TrialResult {
  return {
    ok: t.ok,
    error: t.error ?? null,
    note: t.note ?? null,
    notModified: t.notModified,
    elapsedMs: Math.round(t.elapsedMs),
    total: t.items.length,
    items: t.items.slice(0, 50).map(presentTrialItem),
  };
}

function presentTrialItem(i: IncomingItem): TrialItem {
  const published = i.publishedAt === undefined ? null : parseTimeInput(i.publishedAt);
  return {
    title: i.title ?? null,
    url: i.url ?? null,
    author: i.author ?? null,
    publishedAt: isoOrNull(published),
    text: i.text.slice(0, 300),
    channel: i.channel ?? null,
    platform: i.platform ?? null,
  };
}

function parseConfig(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : {};
  } catch {
    return {};
  }
}
