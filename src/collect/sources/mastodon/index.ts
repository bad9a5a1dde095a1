/** Mastodon: hashtag timelines and status search on one instance, no login; a `since_id`/`min_id` cursor per query. */
import { z } from 'zod';
import type { CollectContext, SourceType } from '../../source-type.js';
import { getJson } from '../shared/get-json.js';
import { searchKeywordsField, searchPass, searchWords } from '../shared/search-pass.js';
import { type Status, searchSchema, statusToIncoming, timelineSchema } from './parse.js';

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
    keywords: searchKeywordsField,
    limit: z.number().int().min(1).max(40).default(40),
  })
  .strict();
export type MastodonConfig = z.infer<typeof mastodonConfig>;

export const mastodonSource: SourceType<MastodonConfig> = {
  kind: 'mastodon',
  label: { zh: 'Mastodon 话题与搜索', en: 'Mastodon hashtags and search' },
  configSchema: mastodonConfig,
  defaultIntervalSeconds: 120,
  collect(config, ctx) {
    const source = `mastodon:${new URL(config.instance).host}`;
    // The mark per query (`tag:x` or `q:x`): the newest status id seen.
    return searchPass<Status, string>(
      {
        queries: queryKeys(config, ctx.keywords),
        noQueries: 'no tags or keywords to search for',
        markType: 'string',
        maxPages: 1,
        async fetchPage(key, newest) {
          const results = key.startsWith('tag:')
            ? await fetchTag(config, key.slice('tag:'.length), newest, ctx)
            : await fetchSearch(config, key.slice('q:'.length), newest, ctx);
          return { results };
        },
        toItem: (status) => statusToIncoming(status, source),
        // Newest first in both APIs; ids are opaque strings on other server software, so keep the first rather than compare.
        advance: (mark, status, _item, first) => (first ? status.id : mark),
        leftOut: { what: 'status(es)', why: 'no text, content warning or media to keep' },
      },
      ctx.state,
    );
  },
};

function queryKeys(config: MastodonConfig, topicKeywords: string[]): string[] {
  const tags = (config.tags ?? []).map((t) => `tag:${t}`);
  const words = searchWords(config.keywords ?? (tags.length === 0 ? topicKeywords : []));
  return [...tags, ...words.map((w) => `q:${w}`)];
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
