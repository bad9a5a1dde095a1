/** A FeedItem as the IncomingItem every collected item becomes, clipped to the intake limits. */
import type { IncomingItem } from '../../domain/incoming-item.js';
import type { FeedItem } from './types.js';

export interface IncomingContext {
  /** Source key, e.g. `news.example.com` or `rsshub:weibo/user/123`. */
  source: string;
  /** Language tag to record; leave unset when the feed's own claim is unreliable (RSSHub). */
  lang?: string;
}

/** Null when the item has neither title nor text (intake would refuse it). */
export function feedItemToIncoming(item: FeedItem, ctx: IncomingContext): IncomingItem | null {
  const title = clip(item.title, 2000);
  const text = clip(item.text, 1_000_000) ?? '';
  if (!title && text === '') return null;
  const out: IncomingItem = { source: ctx.source, text };
  if (title) out.title = title;
  const externalId = clip(item.externalId, 500);
  if (externalId) out.externalId = externalId;
  if (item.url && item.url.length <= 4000) out.url = item.url;
  const author = clip(item.author, 500);
  if (author) out.author = author;
  if (item.publishedAt !== null) out.publishedAt = item.publishedAt;
  if (ctx.lang) out.lang = ctx.lang;
  return out;
}

function clip(s: string | undefined, max: number): string | undefined {
  if (!s) return undefined;
  return s.length > max ? `${s.slice(0, max - 1)}…` : s;
}
