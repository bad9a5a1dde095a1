/**
 * Presenting events: a list row (EventSummary) from the event's row and its counts, and the event page (EventDetail)
 * from what the store read — summary sentences citing mentions, origin and first mention per channel, the hourly
 * timeline in the asked time zone, top sources, authors and regions, the severity explained in the asked language,
 * the spread tree drawn small, the 24-hour forecast with its back-tested error, related events and corrections.
 */
import { eventSummary } from '../../events/describe.js';
import { backtest, forecastHours } from '../../forecast/index.js';
import { PROVINCES } from '../../nlp/regions/provinces.js';
import { memberOfRow, parseTerms } from '../../pipeline/after-store/event-rows.js';
import { parseHistory } from '../../pipeline/after-store/events-describe.js';
import {
  explainSeverity,
  factorLines,
  isSeverityLevel,
  levelName,
  type SeverityAssessment,
  type SeverityFacts,
  type SeverityModel,
} from '../../severity/index.js';
import {
  buildSpreadTree,
  channelPickUps,
  keyAccounts,
  keyNodes,
  pruneTree,
  reachOverTime,
  type SpreadMention,
} from '../../spread/index.js';
import type { MemberRow } from '../../store/queries/events-describe.js';
import type { CorrectionRow, DetailMention, EventCounts, EventRow } from '../../store/queries/events-read.js';
import { EVENT_STATUSES, type EventDetail, type EventStatus, type EventSummary } from '../schemas/events.js';
import { iso } from './time.js';

const HOUR = 3_600_000;
export type Lang = 'zh' | 'en';

const level = (n: number | null) => {
  const v = n === null ? null : Number(n);
  return isSeverityLevel(v) ? v : null;
};

export function parseKeywords(json: string): string[] {
  try {
    const v: unknown = JSON.parse(json);
    return Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
  } catch {
    return [];
  }
}

export function presentEventSummary(e: EventRow, counts: EventCounts | undefined, now: number, windowMs: number): EventSummary {
  const stored = EVENT_STATUSES.find((s) => s === e.status) ?? 'emerging';
  const status: EventStatus = Number(e.last_at) < now - windowMs ? 'ended' : stored;
  return {
    id: Number(e.id),
    title: e.title_set ?? e.title,
    renamed: e.title_set !== null,
    status,
    severity: {
      level: level(e.override_level) ?? level(e.severity_level),
      computed: level(e.severity_level),
      score: e.severity_score === null ? null : Number(e.severity_score),
      overridden: e.override_level !== null,
    },
    mentions: Number(e.mention_count),
    firstAt: iso(Number(e.first_at)),
    lastAt: iso(Number(e.last_at)),
    lastHour: Number(e.last_hour),
    keywords: parseKeywords(e.keywords),
    sentiment: counts?.sentiment ?? { positive: 0, neutral: 0, negative: 0 },
    channels: counts?.channels ?? [],
    topics: counts?.topics ?? [],
    mergedInto: e.merged_into === null ? null : Number(e.merged_into),
  };
}

export interface DetailInput {
  event: EventRow;
  counts: EventCounts | undefined;
  members: readonly MemberRow[];
  mentions: readonly DetailMention[];
  regions: readonly { value: string; count: number }[];
  /** Mentions per hour and sentiment over all the event's mentions, in the asked zone and in UTC. */
  hourly: { local: readonly HourCount[]; utc: readonly HourCount[] };
  tops: { sources: Counted[]; authors: Counted[] };
  corrections: readonly CorrectionRow[];
  related: readonly { id: number; title: string; relation: 'merged' | 'split' | 'linked' }[];
  overrideBy: string | null;
  model: SeverityModel;
  lang: Lang;
  tzMinutes: number;
  now: number;
  windowMs: number;
}

type HourCount = { at: number; sentiment: string | null; count: number };
type Counted = { value: string; label: string; count: number };

const provinceNames = new Set(PROVINCES.map((p) => p.name));

export function presentEventDetail(d: DetailInput): EventDetail {
  const e = d.event;
  const base = presentEventSummary(e, d.counts, d.now, d.windowMs);
  const byId = new Map(d.mentions.map((m) => [m.id, m]));
  const cite = (id: number | null) => {
    const m = id === null ? undefined : byId.get(id);
    return m ? citedMention(m) : null;
  };
  const spreadMentions: SpreadMention[] = d.mentions.map((m) => ({
    id: m.id,
    at: m.sortAt,
    parentId: m.parentId,
    duplicateOf: m.duplicateOf,
    url: m.canonicalUrl,
    links: [],
    channel: m.channel,
    author: m.author,
    source: m.sourceName,
    reach: m.reach,
  }));
  const tree = buildSpreadTree(spreadMentions);
  const pickUps = channelPickUps(spreadMentions);
  const centroid = parseTerms(e.terms);
  const origin = e.origin_mention_id !== null && byId.has(Number(e.origin_mention_id)) ? Number(e.origin_mention_id) : tree.origin;
  const hourly = utcHours(d.hourly.utc, d.now);
  return {
    ...base,
    summary: eventSummary(d.members.map(memberOfRow), centroid).map((s) => ({ text: s.text, mentionId: Number(s.mention) })),
    origin: cite(origin),
    firstPerChannel: pickUps.flatMap((p) => {
      const m = cite(p.first);
      return m ? [{ channel: p.channel, mention: m }] : [];
    }),
    timeline: timeline(d.hourly.local),
    sources: d.tops.sources,
    authors: d.tops.authors,
    provinces: d.regions
      .filter((r) => provinceNames.has(r.value))
      .sort((a, b) => b.count - a.count)
      .map((r) => ({ value: r.value, label: r.value, count: r.count })),
    countries: d.regions
      .filter((r) => r.value.startsWith('国家:'))
      .sort((a, b) => b.count - a.count)
      .map((r) => ({ value: r.value.slice(3), label: r.value.slice(3), count: r.count })),
    severity: severityDetail(e, d),
    spread: {
      nodes: pruneTree(tree, 200).map((n) => ({
        mentionId: n.id,
        parentId: n.parent,
        edge: n.via,
        author: byId.get(n.id)?.author ?? null,
        source: byId.get(n.id)?.sourceName ?? '',
        channel: byId.get(n.id)?.channel ?? null,
        at: iso(n.at),
        descendants: n.descendants,
        hidden: n.hiddenChildren,
      })),
      keyNodes: keyNodes(tree, spreadMentions).map((k) => ({
        mentionId: k.id,
        author: k.author,
        source: byId.get(k.id)?.sourceName ?? '',
        onward: k.descendants,
      })),
      keyAccounts: keyAccounts(tree, spreadMentions).map((a) => ({
        author: a.name,
        source: d.mentions.find((m) => m.author === a.name)?.sourceName ?? a.name,
        mentions: a.mentions,
        onward: a.drew,
        reach: a.reach,
      })),
      channels: pickUps.map((p) => ({ channel: p.channel, firstAt: iso(p.at), mentions: p.mentions })),
      reach: reachOverTime(spreadMentions).map((r) => ({ at: iso(r.at), reach: r.reach, cumulative: r.cumulativeReach })),
    },
    forecast: base.status === 'ended' || hourly.counts.length === 0 ? null : forecast(hourly),
    related: [...d.related],
    corrections: d.corrections.map((c) => ({
      id: c.id,
      kind: correctionKind(c.kind),
      by: c.by,
      at: iso(c.at),
      detail: correctionDetail(c, d.lang),
    })),
  };
}

function citedMention(m: DetailMention) {
  return {
    id: m.id,
    title: m.title,
    author: m.author,
    source: m.sourceName,
    channel: m.channel,
    at: iso(m.sortAt),
    url: m.url,
    reach: m.reach,
  };
}

function timeline(hours: readonly HourCount[]) {
  const buckets = new Map<number, { count: number; positive: number; neutral: number; negative: number }>();
  for (const h of hours) {
    const b = buckets.get(h.at) ?? { count: 0, positive: 0, neutral: 0, negative: 0 };
    b.count += h.count;
    if (h.sentiment === 'positive' || h.sentiment === 'neutral' || h.sentiment === 'negative') b[h.sentiment] += h.count;
    buckets.set(h.at, b);
  }
  const starts = [...buckets.keys()].sort((a, b) => a - b);
  const first = starts[0];
  const last = starts[starts.length - 1];
  if (first === undefined || last === undefined) return [];
  const out = [];
  // At most 60 days of hours (the latest).
  for (let at = Math.max(first, last - 60 * 24 * HOUR); at <= last; at += HOUR) {
    const b = buckets.get(at) ?? { count: 0, positive: 0, neutral: 0, negative: 0 };
    out.push({ at: iso(at), ...b });
  }
  return out;
}

/** Mentions per UTC hour over the last 7 days up to now (or the last mention). */
function utcHours(hours: readonly HourCount[], now: number): { counts: number[]; end: number } {
  if (hours.length === 0) return { counts: [], end: now };
  const first = Math.min(...hours.map((h) => h.at));
  const end = Math.max(Math.floor(now / HOUR) * HOUR, ...hours.map((h) => h.at)) + HOUR;
  const start = Math.max(first, end - 7 * 24 * HOUR);
  const counts = new Array<number>(Math.max(1, Math.round((end - start) / HOUR))).fill(0);
  for (const h of hours) {
    const i = Math.floor((h.at - start) / HOUR);
    if (i >= 0 && i < counts.length) counts[i] = (counts[i] ?? 0) + h.count;
  }
  return { counts, end };
}

function forecast(h: { counts: number[]; end: number }) {
  const next = forecastHours(h.counts, 24);
  const tested = backtest(h.counts, 24);
  return {
    hours: next.map((count, i) => ({ at: iso(h.end + i * HOUR), count: Math.round(count * 10) / 10 })),
    error: tested ? Math.round(tested.curve.totalError * 1000) / 1000 : null,
  };
}

function severityDetail(e: EventRow, d: DetailInput): EventDetail['severity'] {
  const shown = presentEventSummary(e, d.counts, d.now, d.windowMs).severity;
  const stored = parseScored(e.severity_factors);
  const overrideLevel = level(e.override_level);
  return {
    ...shown,
    explanation: stored ? explainSeverity(stored.assessment, stored.facts, d.model, d.lang) : '',
    factors: stored ? factorLines(stored.assessment, stored.facts, d.model, d.lang) : [],
    override:
      overrideLevel === null
        ? null
        : { level: overrideLevel, reason: e.override_reason ?? '', by: d.overrideBy, at: iso(Number(e.override_at ?? 0)) },
    history: parseHistory(e.severity_history).flatMap(([at, l]) => {
      const v = level(l);
      return v === null ? [] : [{ at: iso(at), level: v }];
    }),
  };
}

function parseScored(json: string | null): { assessment: SeverityAssessment; facts: SeverityFacts } | null {
  if (!json) return null;
  try {
    const v = JSON.parse(json) as { assessment?: SeverityAssessment; facts?: SeverityFacts };
    return v.assessment && v.facts ? { assessment: v.assessment, facts: v.facts } : null;
  } catch {
    return null;
  }
}

const KINDS = ['rename', 'merge', 'move', 'split', 'severity'] as const;
function correctionKind(k: string): (typeof KINDS)[number] {
  return KINDS.find((x) => x === k) ?? 'rename';
}

function correctionDetail(c: CorrectionRow, lang: Lang): string {
  const p = c.payload;
  const zh = lang === 'zh';
  const list = (v: unknown) => (Array.isArray(v) ? v.join(zh ? '、' : ', ') : '');
  switch (c.kind) {
    case 'rename':
      return zh ? `改名为「${String(p.title ?? '')}」` : `Renamed to “${String(p.title ?? '')}”`;
    case 'merge':
      return zh ? `并入事件 ${list(p.from)}` : `Merged in events ${list(p.from)}`;
    case 'move': {
      const n = Array.isArray(p.mentions) ? p.mentions.length : 0;
      const f = Number(p.followed ?? 0);
      return zh
        ? `将 ${n} 条舆情${f > 0 ? `（及其 ${f} 条转发/相似稿）` : ''}移至事件 ${String(p.to)}`
        : `Moved ${n} mention${n === 1 ? '' : 's'}${f > 0 ? ` (and ${f} reposts or copies)` : ''} to event ${String(p.to)}`;
    }
    case 'split': {
      const n = Array.isArray(p.mentions) ? p.mentions.length : 0;
      return zh ? `拆分 ${n} 条舆情为新事件 ${String(p.to)}` : `Split ${n} mention${n === 1 ? '' : 's'} off into event ${String(p.to)}`;
    }
    case 'severity': {
      const l = level(typeof p.level === 'number' ? p.level : null);
      if (l === null) return zh ? '取消人工定级' : 'Override removed';
      return zh
        ? `人工定级为 ${levelName(l, 'zh')}：${String(p.reason ?? '')}`
        : `Level set to ${levelName(l, 'en')}: ${String(p.reason ?? '')}`;
    }
    default:
      return c.kind;
  }
}
