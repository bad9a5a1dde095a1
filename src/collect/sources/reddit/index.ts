/** Reddit search JSON (`/search.json?q=…&sort=new`), no login: pages with `after` until posts already seen, per keyword. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { CollectResult, SourceType } from '../../source-type.js';
import { getJson } from '../mastodon/get-json.js';
import { leftOutNote } from '../shared/left-out.js';
import { listingSchema, thingToIncoming } from './parse.js';

export const redditConfig = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/, message: 'baseUrl: expected an http(s) URL' }).default('https://www.reddit.com'),
    keywords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    subreddit: z
      .string()
      .regex(/^[A-Za-z0-9_]{2,21}$/, 'a subreddit name such as technology (no r/)')
      .optional(),
    limit: z.number().int().min(1).max(100).default(100),
    maxPages: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type RedditConfig = z.infer<typeof redditConfig>;

/** Per keyword, the newest `created_utc` (seconds) seen. */
type Cursor = Record<string, number>;

export const redditSource: SourceType<RedditConfig> = {
  kind: 'reddit',
  label: { zh: 'Reddit 搜索', en: 'Reddit search' },
  configSchema: redditConfig,
  defaultIntervalSeconds: 300,
  async collect(config, ctx): Promise<CollectResult> {
    const words = [...new Set((config.keywords ?? ctx.keywords).map((w) => w.trim()).filter(Boolean))].slice(0, 20);
    if (words.length === 0) return { items: [], state: ctx.state, note: 'no keywords to search for' };
    const before: Cursor = isCursor(ctx.state.cursor) ? ctx.state.cursor : {};
    const cursor: Cursor = { ...before };
    const items: IncomingItem[] = [];
    let empty = 0;
    for (const q of words) {
      const since = before[q] ?? 0;
      let newest = since;
      let after: string | undefined;
      for (let n = 0; n < config.maxPages; n++) {
        const url = new URL(config.subreddit ? `/r/${config.subreddit}/search.json` : '/search.json', config.baseUrl);
        url.searchParams.set('q', q);
        url.searchParams.set('sort', 'new');
        url.searchParams.set('limit', String(config.limit));
        url.searchParams.set('raw_json', '1');
        if (config.subreddit) url.searchParams.set('restrict_sr', '1');
        if (after) url.searchParams.set('after', after);
        const listing = await getJson(ctx, url, listingSchema);
        let reachedSeen = false;
        for (const child of listing.data.children) {
          if (child.data.created_utc <= since) {
            reachedSeen = true;
            continue;
          }
          newest = Math.max(newest, child.data.created_utc);
          const item = thingToIncoming(child);
          if (item) items.push(item);
          else empty++;
        }
        after = listing.data.after ?? undefined;
        if (!after || reachedSeen) break;
      }
      if (newest > 0) cursor[q] = newest;
    }
    const note = leftOutNote(empty, 'result(s)', 'neither a post nor a comment, or no title and no text');
    return { items, state: { ...ctx.state, cursor }, ...(note ? { note } : {}) };
  },
};

function isCursor(v: unknown): v is Cursor {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number');
}
