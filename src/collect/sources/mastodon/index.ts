/** Mastodon: hashtag timelines and status search on one instance, no login; a `since_id`/`min_id` cursor per query. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { CollectContext, CollectResult, SourceType } from '../../source-type.js';
import { leftOutNote } from '../shared/left-out.js';
import { getJson } from './get-json.js';
import { searchSchema, statusToIncoming, timelineSchema } from './parse.js';

export const mastodonConfig = z
  .object({
    instance: z.url({ protocol: /^https?$/, message: 'instance: expected the http(s) base URL of a Mastodon server' }),
    tags: z
      .array(
        z
          .string()
          .trim()
          .min(1)
          .max(100)
          .regex(/^[^#\s/?]+$/, 'a tag without # or spaces'),
      )
      .max(20)
      .optional(),
    keywords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    limit: z.number().int().min(1).max(40).default(40),
  })
  .strict();
export type MastodonConfig = z.infer<typeof mastodonConfig>;

/** Per query (`tag:x` or `q:x`), the newest status id seen. */
type Cursor = Record<string, string>;

export const mastodonSource: SourceType<MastodonConfig> = {
  kind: 'mastodon',
  label: { zh: 'Mastodon 话题与搜索', en: 'Mastodon hashtags and search' },
  configSchema: mastodonConfig,
  defaultIntervalSeconds: 120,
  async collect(config, ctx): Promise<CollectResult> {
    const host = new URL(config.instance).host;
    const source = `mastodon:${host}`;
    const queries = buildQueries(config, ctx.keywords);
    if (queries.length === 0) return { items: [], state: ctx.state, note: 'no tags or keywords to search for' };
    const before = isCursor(ctx.state.cursor) ? ctx.state.cursor : {};
    const cursor: Cursor = { ...before };
    const items: IncomingItem[] = [];
    let empty = 0;
    for (const q of queries) {
      const newest = before[q.key];
      const statuses =
        q.tag !== undefined ? await fetchTag(config, q.tag, newest, ctx) : await fetchSearch(config, q.text ?? '', newest, ctx);
      for (const s of statuses) {
        const item = statusToIncoming(s, source);
        if (item) items.push(item);
        else empty++;
      }
      // Newest first in both APIs; ids are opaque strings on other server software, so keep the first rather than compare.
      if (statuses[0]) cursor[q.key] = statuses[0].id;
    }
    const note = leftOutNote(empty, 'status(es)', 'no text, content warning or media to keep');
    return { items, state: { ...ctx.state, cursor }, ...(note ? { note } : {}) };
  },
};

interface Query {
  key: string;
  tag?: string;
  text?: string;
}

function buildQueries(config: MastodonConfig, topicKeywords: string[]): Query[] {
  const tags = (config.tags ?? []).map((t) => ({ key: `tag:${t}`, tag: t }));
  const words = config.keywords ?? (tags.length === 0 ? topicKeywords : []);
  const searches = [...new Set(words.map((w) => w.trim()).filter(Boolean))].slice(0, 20).map((w) => ({ key: `q:${w}`, text: w }));
  return [...tags, ...searches];
}

async function fetchTag(config: MastodonConfig, tag: string, sinceId: string | undefined, ctx: CollectContext) {
  const url = new URL(`/api/v1/timelines/tag/${encodeURIComponent(tag)}`, config.instance);
  url.searchParams.set('limit', String(config.limit));
  if (sinceId) url.searchParams.set('since_id', sinceId);
  return getJson(ctx, url, timelineSchema);
}

async function fetchSearch(config: MastodonConfig, q: string, minId: string | undefined, ctx: CollectContext) {
  const url = new URL('/api/v2/search', config.instance);
  url.searchParams.set('q', q);
  url.searchParams.set('type', 'statuses');
  url.searchParams.set('limit', String(config.limit));
  if (minId) url.searchParams.set('min_id', minId);
  const { statuses } = await getJson(ctx, url, searchSchema);
  return statuses;
}

function isCursor(v: unknown): v is Cursor {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}
