/** The feed source's I/O step: one conditional GET through the shared client, then the pure parser and the IncomingItem mapping. */
import type { IncomingItem } from '../../domain/incoming-item.js';
import type { HttpClient } from '../../http/index.js';
import { parseFeed } from './parse-feed.js';
import { feedItemToIncoming } from './to-incoming.js';
import type { Feed } from './types.js';

export interface FetchFeedOptions {
  /** Source key recorded on every item. */
  source: string;
  /** Validators from the previous fetch. */
  etag?: string | null;
  lastModified?: string | null;
  maxItems?: number;
  /** Record the feed's declared language on items (off for RSSHub, which often declares the wrong one). */
  trustLanguage?: boolean;
  signal?: AbortSignal;
}

export type FetchFeedResult =
  | { notModified: true; etag: string | null; lastModified: string | null }
  | { notModified: false; etag: string | null; lastModified: string | null; url: string; feed: Feed; items: IncomingItem[] };

/** Throws HttpError for transport problems and CollectError when the body is not a feed. */
export async function fetchFeed(client: HttpClient, url: string, options: FetchFeedOptions): Promise<FetchFeedResult> {
  const res = await client.fetch(url, {
    headers: {
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/xml;q=0.9, text/xml;q=0.8, */*;q=0.5',
    },
    ...(options.etag ? { etag: options.etag } : {}),
    ...(options.lastModified ? { lastModified: options.lastModified } : {}),
    ...(options.signal ? { signal: options.signal } : {}),
  });
  const validators = { etag: res.etag ?? options.etag ?? null, lastModified: res.lastModified ?? options.lastModified ?? null };
  if (res.notModified) return { notModified: true, ...validators };
  const feed = parseFeed(res.body, {
    baseUrl: res.url,
    contentType: res.contentType,
    ...(options.maxItems ? { maxItems: options.maxItems } : {}),
  });
  const lang = options.trustLanguage ? feed.lang : undefined;
  const items = feed.items
    .map((i) => feedItemToIncoming(i, { source: options.source, ...(lang ? { lang } : {}) }))
    .filter((i): i is IncomingItem => i !== null);
  return { notModified: false, ...validators, url: res.url, feed, items };
}
