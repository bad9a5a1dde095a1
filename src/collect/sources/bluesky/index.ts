/** Bluesky public search (`app.bsky.feed.searchPosts` on a public AppView), no login; pages with `cursor`, resumes with `since`. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { CollectResult, SourceType } from '../../source-type.js';
import { getJson } from '../mastodon/get-json.js';
import { leftOutNote } from '../shared/left-out.js';
import { blueskyTime, postToIncoming, searchPostsSchema } from './parse.js';

export const blueskyConfig = z
  .object({
    appView: z
      .url({ protocol: /^https?$/, message: 'appView: expected the http(s) base URL of a public AppView' })
      .default('https://public.api.bsky.app'),
    keywords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    lang: z.string().trim().min(2).max(20).optional(),
    limit: z.number().int().min(1).max(100).default(100),
    /** Pages followed per query and pass through `cursor`. */
    maxPages: z.number().int().min(1).max(20).default(3),
  })
  .strict();
export type BlueskyConfig = z.infer<typeof blueskyConfig>;

/** Per keyword, the newest `createdAt` seen (ISO), sent back as `since`. */
type Cursor = Record<string, string>;

export const blueskySource: SourceType<BlueskyConfig> = {
  kind: 'bluesky',
  label: { zh: 'Bluesky 搜索', en: 'Bluesky search' },
  configSchema: blueskyConfig,
  defaultIntervalSeconds: 120,
  async collect(config, ctx): Promise<CollectResult> {
    const words = [...new Set((config.keywords ?? ctx.keywords).map((w) => w.trim()).filter(Boolean))].slice(0, 20);
    if (words.length === 0) return { items: [], state: ctx.state, note: 'no keywords to search for' };
    const before: Cursor = isCursor(ctx.state.cursor) ? ctx.state.cursor : {};
    const cursor: Cursor = { ...before };
    const items: IncomingItem[] = [];
    const seen = new Set<string>();
    let empty = 0;
    for (const q of words) {
      let page: string | undefined;
      let newest = before[q] ? (blueskyTime(before[q]) ?? 0) : 0;
      for (let n = 0; n < config.maxPages; n++) {
        const url = new URL('/xrpc/app.bsky.feed.searchPosts', config.appView);
        url.searchParams.set('q', q);
        url.searchParams.set('sort', 'latest');
        url.searchParams.set('limit', String(config.limit));
        if (config.lang) url.searchParams.set('lang', config.lang);
        if (before[q]) url.searchParams.set('since', before[q]);
        if (page) url.searchParams.set('cursor', page);
        const res = await getJson(ctx, url, searchPostsSchema);
        for (const post of res.posts) {
          if (seen.has(post.uri)) continue;
          const item = postToIncoming(post, 'bluesky');
          if (!item) {
            empty++;
            seen.add(post.uri);
            continue;
          }
          seen.add(post.uri);
          items.push(item);
          if (typeof item.publishedAt === 'number' && item.publishedAt > newest) newest = item.publishedAt;
        }
        page = res.cursor;
        if (!page || res.posts.length === 0) break;
      }
      if (newest > 0) cursor[q] = new Date(newest).toISOString();
    }
    const note = leftOutNote(empty, 'post(s)', 'no text, picture, quote or link to keep');
    return { items, state: { ...ctx.state, cursor }, ...(note ? { note } : {}) };
  },
};

function isCursor(v: unknown): v is Cursor {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'string');
}
