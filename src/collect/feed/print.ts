/** The JSON-lines view of a feed printed by `bin/yuqing parse-feed`: {title, url, published, author, text}. */
import type { Feed } from './types.js';

export interface FeedLine {
  title: string | null;
  url: string | null;
  /** ISO 8601 in UTC, or null. */
  published: string | null;
  author: string | null;
  text: string;
}

export function feedLines(feed: Feed): FeedLine[] {
  return feed.items.map((i) => ({
    title: i.title ?? null,
    url: i.url ?? null,
    published: i.publishedAt === null ? null : new Date(i.publishedAt).toISOString(),
    author: i.author ?? null,
    text: i.text,
  }));
}
