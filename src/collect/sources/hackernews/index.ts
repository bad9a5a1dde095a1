/** Hacker News through the Algolia search API (`search_by_date`), no login; resumes with `numericFilters=created_at_i>…`. */
import { z } from 'zod';
import type { SourceType } from '../../source-type.js';
import { getJson } from '../shared/get-json.js';
import { keywordSearchPass, newest, searchKeywordsField } from '../shared/search-pass.js';
import { type Hit, hitToIncoming, searchSchema } from './parse.js';

export const hackernewsConfig = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/, message: 'baseUrl: expected an http(s) URL' }).default('https://hn.algolia.com'),
    keywords: searchKeywordsField,
    tags: z.enum(['story', 'comment', 'both']).default('both'),
    hitsPerPage: z.number().int().min(1).max(1000).default(100),
    maxPages: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type HackernewsConfig = z.infer<typeof hackernewsConfig>;

const tagFilter = { story: 'story', comment: 'comment', both: '(story,comment)' } as const;

export const hackernewsSource: SourceType<HackernewsConfig> = {
  kind: 'hackernews',
  label: { zh: 'Hacker News 搜索', en: 'Hacker News search' },
  configSchema: hackernewsConfig,
  defaultIntervalSeconds: 300,
  collect: (config, ctx) =>
    // The mark per keyword: the newest `created_at_i` (epoch seconds) seen, sent back as a numeric filter.
    keywordSearchPass<Hit, number>(config, ctx, {
      markType: 'number',
      async fetchPage(q, since, _token, page) {
        const url = new URL('/api/v1/search_by_date', config.baseUrl);
        url.searchParams.set('query', q);
        url.searchParams.set('tags', tagFilter[config.tags]);
        url.searchParams.set('hitsPerPage', String(config.hitsPerPage));
        url.searchParams.set('page', String(page));
        if (since !== undefined) url.searchParams.set('numericFilters', `created_at_i>${since}`);
        const res = await getJson(ctx, url, searchSchema);
        return { results: res.hits, next: res.page + 1 < res.nbPages ? String(res.page + 1) : undefined };
      },
      toItem: hitToIncoming,
      advance: (mark, hit) => newest(mark, hit.created_at_i),
      leftOut: { what: 'hit(s)', why: 'no title, no text and no link' },
    }),
};
