/**
 * One MediaCrawler record (post or comment) as an incoming item: counts from strings (`"1.2万"`, `""`), the time in
 * seconds, milliseconds or a China-time string, `ip_location` as the region, comment → parent comment or post,
 * Weibo HTML cut behind "全文" to plain text. Pure.
 */
import type { IncomingItem } from '../../domain/incoming-item.js';
import { parseCount } from '../../intake/parse-count.js';
import { CHINA_OFFSET_MINUTES, parseLooseDate } from '../text/dates.js';
import { htmlToText } from '../text/html-text.js';
import { detectRecord } from './detect.js';
import { type FieldMap, type PlatformKey, platforms, type RecordKind } from './platforms.js';

export interface MapOptions {
  /** Forces the platform; detected per record otherwise. */
  platform?: PlatformKey;
  /** Source key; the platform's name otherwise. */
  source?: string;
  /** Called for a count that is not a count (dropped, the item kept). */
  warn?: (message: string) => void;
}

export type MapResult = { ok: true; item: IncomingItem; kind: RecordKind } | { ok: false; field: string; problem: string };

export function mapRecord(record: Record<string, unknown>, opts: MapOptions = {}): MapResult {
  const detected = detectRecord(record);
  const key = opts.platform ?? detected?.platform;
  if (!key)
    return {
      ok: false,
      field: '',
      problem: 'not a MediaCrawler record of a known platform (no note_id, aweme_id, video_id or content_id)',
    };
  const platform = platforms[key];
  const kind: RecordKind = detected?.kind ?? (Object.hasOwn(record, 'comment_id') ? 'comment' : 'post');
  const f: FieldMap = platform[kind];

  const id = idOf(record[f.id]);
  if (!id) return { ok: false, field: f.id, problem: `missing the ${kind} id` };
  const title = f.title ? str(record[f.title]) : '';
  let text = firstText(record, f.text);
  if (key === 'weibo') text = cutFullTextLink(htmlToText(text));
  if (text === '' && title === '') return { ok: false, field: f.text[0] ?? 'content', problem: 'no text and no title' };

  const item: IncomingItem = {
    source: opts.source ?? platform.name,
    externalId: id,
    text,
    channel: platform.channel,
    platform: platform.name,
  };
  if (title) item.title = title.slice(0, 2000);
  const url = (f.url ? str(record[f.url]) : '') || (kind === 'post' ? platform.postUrl(id) : undefined);
  if (url && /^https?:\/\//.test(url)) item.url = url;
  const author = f.author.map((k) => str(record[k])).find(Boolean);
  if (author) item.author = author.slice(0, 500);
  const at = firstTime(record, f.time);
  if (at !== null) item.publishedAt = at;
  const region = str(record.ip_location);
  if (region) item.region = region.slice(0, 200);
  if (kind === 'comment') {
    const parent = (f.parentComment ? idOf(record[f.parentComment]) : undefined) ?? (f.post ? idOf(record[f.post]) : undefined);
    if (parent) item.parent = parent;
  }
  const engagement: NonNullable<IncomingItem['engagement']> = {};
  for (const name of ['likes', 'replies', 'reposts', 'views'] as const) {
    const field = f[name];
    if (!field) continue;
    const c = parseCount(record[field]);
    if (!c.ok) opts.warn?.(`${field}: ${c.problem}; count left out`);
    else if (c.value !== undefined) engagement[name] = c.value;
  }
  if (Object.keys(engagement).length > 0) item.engagement = engagement;
  return { ok: true, item, kind };
}

/** Ids are strings; some exports write numbers, and `0` / `""` mean none. */
function idOf(v: unknown): string | undefined {
  if (typeof v === 'number') return Number.isFinite(v) && v !== 0 ? String(v) : undefined;
  if (typeof v !== 'string') return undefined;
  const s = v.trim();
  return s === '' || s === '0' ? undefined : s.slice(0, 500);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : typeof v === 'number' && Number.isFinite(v) ? String(v) : '';
}

function firstText(record: Record<string, unknown>, keys: string[]): string {
  for (const k of keys) {
    const v = record[k];
    if (typeof v === 'string' && v.trim() !== '') return v.replace(/\r\n?/g, '\n').trim();
  }
  return '';
}

function firstTime(record: Record<string, unknown>, keys: string[]): number | null {
  for (const k of keys) {
    const v = record[k];
    if (typeof v !== 'string' && typeof v !== 'number') continue;
    const at = parseLooseDate(v, { defaultOffsetMinutes: CHINA_OFFSET_MINUTES });
    if (at !== null && at > 0) return at;
  }
  return null;
}

/** Weibo's list pages cut long posts and end them with a "全文" link; keep the text, mark the cut. */
export function cutFullTextLink(text: string): string {
  return text.replace(/\s*(?:\.{3}|…)?\s*全文\s*$/u, '…');
}
