/** Hacker News through the Algolia search API (`search_by_date`), no login; resumes with `numericFilters=created_at_i>…`. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import type { CollectResult, SourceType } from '../../source-type.js';
import { getJson } from '../mastodon/get-json.js';
import { leftOutNote } from '../shared/left-out.js';
import { hitToIncoming, searchSchema } from './parse.js';

export const hackernewsConfig = z
  .object({
    baseUrl: z.url({ protocol: /^https?$/, message: 'baseUrl: expected an http(s) URL' }).default('https://hn.algolia.com'),
    keywords: z.array(z.string().trim().min(1).max(200)).max(20).optional(),
    tags: z.enum(['story', 'comment', 'both']).default('both'),
    hitsPerPage: z.number().int().min(1).max(1000).default(100),
    maxPages: z.number().int().min(1).max(10).default(3),
  })
  .strict();
export type HackernewsConfig = z.infer<typeof hackernewsConfig>;

/** Per keyword, the newest `created_at_i` (epoch seconds) seen. */
type Cursor = Record<string, number>;

const tagFilter = { story: 'story', comment: 'comment', both: '(story,comment)' } as const;

export const hackernewsSource: SourceType<HackernewsConfig> = {
  kind: 'hackernews',
  label: { zh: 'Hacker News 搜索', en: 'Hacker News search' },
  configSchema: hackernewsConfig,
  defaultIntervalSeconds: 300,
  async collect(config, ctx): Promise<CollectResult> {
    const words = [...new Set((config.keywords ?? ctx.keywords).map((w) => w.trim()).filter(Boolean))].slice(0, 20);
    if (words.length === 0) return { items: [], state: ctx.state, note: 'no keywords to search for' };
    const before: Cursor = isCursor(ctx.state.cursor) ? ctx.state.cursor : {};
    const cursor: Cursor = { ...before };
    const items: IncomingItem[] = [];
    let empty = 0;
    for (const q of words) {
      const since = before[q];
      let newest = since ?? 0;
      for (let page = 0; page < config.maxPages; page++) {
        const url = new URL('/api/v1/search_by_date', config.baseUrl);
        url.searchParams.set('query', q);
        url.searchParams.set('tags', tagFilter[config.tags]);
        url.searchParams.set('hitsPerPage', String(config.hitsPerPage));
        url.searchParams.set('page', String(page));
        if (since !== undefined) url.searchParams.set('numericFilters', `created_at_i>${since}`);
        const res = await getJson(ctx, url, searchSchema);
        for (const hit of res.hits) {
          newest = Math.max(newest, hit.created_at_i);
          const item = hitToIncoming(hit);
          if (item) items.push(item);
          else empty++;
        }
        if (res.page + 1 >= res.nbPages || res.hits.length === 0) break;
      }
      if (newest > 0) cursor[q] = newest;
    }
    const note = leftOutNote(empty, 'hit(s)', 'no title, no text and no link');
    return { items, state: { ...ctx.state, cursor }, ...(note ? { note } : {}) };
  },
};

function isCursor(v: unknown): v is Cursor {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && Object.values(v).every((x) => typeof x === 'number');
}
