/** Bluesky public search (`app.bsky.feed.searchPosts` on a public AppView), no login; pages with `cursor`, resumes with `since`. */
import { z } from 'zod';
import type { SourceType } from '../../source-type.js';
import { getJson } from '../shared/get-json.js';
import { keywordSearchPass, searchKeywordsField } from '../shared/search-pass.js';
import { blueskyTime, type PostView, postToIncoming, searchPostsSchema } from './parse.js';

export const blueskyConfig = z
  .object({
    appView: z
      .url({ protocol: /^https?$/, message: 'appView: expected the http(s) base URL of a public AppView' })
      .default('https://public.api.bsky.app'),
    keywords: searchKeywordsField,
    lang: z.string().trim().min(2).max(20).optional(),
    limit: z.number().int().min(1).max(100).default(100),
    /** Pages followed per query and pass through `cursor`. */
    maxPages: z.number().int().min(1).max(20).default(3),
  })
  .strict();
export type BlueskyConfig = z.infer<typeof blueskyConfig>;

export const blueskySource: SourceType<BlueskyConfig> = {
  kind: 'bluesky',
  label: { zh: 'Bluesky 搜索', en: 'Bluesky search' },
  configSchema: blueskyConfig,
  defaultIntervalSeconds: 120,
  collect: (config, ctx) =>
    // The mark per keyword: the newest publication time kept (ISO), sent back as `since`.
    keywordSearchPass<PostView, string>(config, ctx, {
      markType: 'string',
      async fetchPage(q, since, cursor) {
        const url = new URL('/xrpc/app.bsky.feed.searchPosts', config.appView);
        url.searchParams.set('q', q);
        url.searchParams.set('sort', 'latest');
        url.searchParams.set('limit', String(config.limit));
        if (config.lang) url.searchParams.set('lang', config.lang);
        if (since) url.searchParams.set('since', since);
        if (cursor) url.searchParams.set('cursor', cursor);
        const res = await getJson(ctx, url, searchPostsSchema);
        return { results: res.posts, next: res.cursor };
      },
      identity: (post) => post.uri,
      toItem: (post) => postToIncoming(post, 'bluesky'),
      advance(mark, _post, item) {
        const at = item?.publishedAt;
        return typeof at === 'number' && at > (blueskyTime(mark) ?? 0) ? new Date(at).toISOString() : mark;
      },
      leftOut: { what: 'post(s)', why: 'no text, picture, quote or link to keep' },
    }),
};
