/** Reddit search JSON (`/search.json?q=…&sort=new`), no login: pages with `after` until posts already seen, per keyword. */
import { z } from 'zod';
import type { SourceType } from '../../source-type.js';
import { getJson } from '../shared/get-json.js';
import { keywordSearchPass, newest, searchKeywordsField } from '../shared/search-pass.js';
import { listingSchema, type Thing, thingToIncoming } from './parse.js';

export const redditConfig = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/, message: 'baseUrl: expected an http(s) URL' }).default('https://www.reddit.com'),
    keywords: searchKeywordsField,
    subreddit: z
      .string()
      .regex(/^[A-Za-z0-9_]{2,21}$/, 'a subreddit name such as technology (no r/)')
      .optional(),
    limit: z.number().int().min(1).max(100).default(100),
    maxPages: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type RedditConfig = z.infer<typeof redditConfig>;

export const redditSource: SourceType<RedditConfig> = {
  kind: 'reddit',
  label: { zh: 'Reddit 搜索', en: 'Reddit search' },
  configSchema: redditConfig,
  defaultIntervalSeconds: 300,
  collect: (config, ctx) =>
    // The mark per keyword: the newest `created_utc` (seconds) seen.
    keywordSearchPass<Thing, number>(config, ctx, {
      markType: 'number',
      async fetchPage(q, _since, after) {
        const url = new URL(config.subreddit ? `/r/${config.subreddit}/search.json` : '/search.json', config.baseUrl);
        url.searchParams.set('q', q);
        url.searchParams.set('sort', 'new');
        url.searchParams.set('limit', String(config.limit));
        url.searchParams.set('raw_json', '1');
        if (config.subreddit) url.searchParams.set('restrict_sr', '1');
        if (after) url.searchParams.set('after', after);
        const listing = await getJson(ctx, url, listingSchema);
        return { results: listing.data.children, next: listing.data.after ?? undefined };
      },
      seen: (child, since) => child.data.created_utc <= (since ?? 0),
      toItem: thingToIncoming,
      advance: (mark, child) => newest(mark, child.data.created_utc),
      leftOut: { what: 'result(s)', why: 'neither a post nor a comment, or no title and no text' },
    }),
};
