/** One feed URL fetched with conditional GET and mapped to items with channel and platform: shared by feed, search and rsshub. */

import type { Channel } from '../../../domain/channel.js';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { fetchFeed } from '../../feed/fetch-feed.js';
import type { CollectContext } from '../../source-type.js';
import { leftOutNote } from './left-out.js';

export interface FeedPass {
  notModified: boolean;
  items: IncomingItem[];
  etag: string | null;
  lastModified: string | null;
  note?: string;
}

export interface FeedPassOptions {
  url: string;
  source: string;
  channel: Channel;
  platform?: string | undefined;
  maxItems?: number | undefined;
  trustLanguage?: boolean;
  validators?: { etag?: string | null | undefined; lastModified?: string | null | undefined };
}

export async function collectFeedUrl(ctx: CollectContext, o: FeedPassOptions): Promise<FeedPass> {
  const r = await fetchFeed(ctx.http, o.url, {
    source: o.source,
    etag: o.validators?.etag ?? null,
    lastModified: o.validators?.lastModified ?? null,
    trustLanguage: o.trustLanguage ?? true,
    ...(o.maxItems ? { maxItems: o.maxItems } : {}),
    ...(ctx.signal ? { signal: ctx.signal } : {}),
  });
  if (r.notModified) return { notModified: true, items: [], etag: r.etag, lastModified: r.lastModified };
  const items = r.items.map((i) => ({ ...i, channel: o.channel, ...(o.platform ? { platform: o.platform } : {}) }));
  const t = r.feed.truncated;
  const note = [
    t ? `feed cut to ${t.kept.toLocaleString('en')} of ${t.total.toLocaleString('en')} items` : undefined,
    leftOutNote(r.feed.items.length - r.items.length, 'feed item(s)', 'no title and no text'),
  ]
    .filter(Boolean)
    .join('; ');
  return { notModified: false, items, etag: r.etag, lastModified: r.lastModified, ...(note ? { note } : {}) };
}
