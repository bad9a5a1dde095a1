/**
 * One MediaCrawler record (post or comment) as an incoming item: counts from strings (`"1.2万"`; `""` is unknown and
 * left out), the publication time checked (`publish-time.ts`), `ip_location` as the region, comment → parent comment
 * or post and a link to it, pictures, every text field through the one HTML-to-text path (tags, emoticons' alt text,
 * entities), Weibo HTML cut behind "全文". Pure.
 */
import type { IncomingItem } from '../../domain/incoming-item.js';
import { parseCount } from '../../intake/parse-count.js';
import { htmlishToText, htmlToText } from '../text/html-text.js';
import { detectRecord } from './detect.js';
import { type FieldMap, type PlatformKey, platforms, type RecordKind } from './platforms.js';
import { publicationTime } from './publish-time.js';

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
  const title = f.title ? htmlishToText(str(record[f.title])).replace(/\s+/g, ' ') : '';
  // Weibo content is HTML; the other platforms' text is plain with character references left in (Zhihu).
  const raw = firstText(record, f.text);
  const text = key === 'weibo' ? cutFullTextLink(htmlToText(raw)) : htmlishToText(raw);
  if (text === '' && title === '') return { ok: false, field: f.text[0] ?? 'content', problem: 'no text and no title' };

  const item: IncomingItem = {
    source: opts.source ?? platform.name,
    externalId: id,
    text,
    channel: platform.channel,
    platform: platform.name,
  };
  if (title) item.title = title.slice(0, 2000);
  const url = kind === 'post' ? (httpUrl(f.url ? str(record[f.url]) : '') ?? platform.postUrl(id, record)) : commentUrl(record, f, id, key);
  if (url) item.url = url;
  const author = f.author.map((k) => str(record[k])).find(Boolean);
  if (author) item.author = author.slice(0, 500);
  const time = publicationTime(record, f.time, platform.idTime?.(id) ?? null);
  if (time.at !== null) item.publishedAt = time.at;
  if (time.notes.length > 0) item.notes = time.notes;
  const region = str(record.ip_location);
  if (region) item.region = region.slice(0, 200);
  if (kind === 'comment') {
    const parent = (f.parentComment ? idOf(record[f.parentComment]) : undefined) ?? (f.post ? idOf(record[f.post]) : undefined);
    if (parent) item.parent = parent;
  }
  const images = f.images ? imageList(record[f.images]) : [];
  if (images.length > 0) item.images = images;
  const engagement: NonNullable<IncomingItem['engagement']> = {};
  for (const name of ['likes', 'replies', 'reposts', 'views', 'collects', 'dislikes'] as const) {
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

function httpUrl(u: string | undefined): string | undefined {
  return u && /^https?:\/\//i.test(u) && u.length <= 4000 ? u : undefined;
}

/** A comment's link: the post it belongs to (its URL in the record, else built from its id) with the platform's anchor. */
function commentUrl(record: Record<string, unknown>, f: FieldMap, id: string, key: PlatformKey): string | undefined {
  const platform = platforms[key];
  const postId = f.post ? idOf(record[f.post]) : undefined;
  const post = httpUrl(str(record.note_url)) ?? (postId ? platform.postUrl(postId, record) : undefined);
  if (!post) return undefined;
  return platform.commentUrl ? platform.commentUrl(post, id) : post;
}

/** Picture URLs as exports write them: comma-separated, or a JSON array; http(s) only, at most 20. */
function imageList(v: unknown): string[] {
  const parts = Array.isArray(v) ? v : typeof v === 'string' ? v.split(/[,\s]+/) : [];
  const urls = parts.filter((p): p is string => typeof p === 'string').map((p) => p.trim());
  // Only what intake accepts as a URL: one unparseable entry must not cost the item.
  return [...new Set(urls.filter((u) => httpUrl(u) !== undefined && URL.canParse(u) && new URL(u).hostname !== ''))].slice(0, 20);
}

/** Weibo's list pages cut long posts and end them with a "全文" link; keep the text, mark the cut. */
export function cutFullTextLink(text: string): string {
  return text.replace(/\s*(?:\.{3}|…)?\s*全文\s*$/u, '…');
}
