/** JSON Feed 1.0 / 1.1 items to FeedItems: content_html or content_text, attachments, tags. */
import type { JsonFeed } from 'feedsmith';
import { htmlToText, imageSources, tidy } from '../text/html-text.js';
import { firstUrl } from '../text/urls.js';
import type { MapContext } from './map-rss.js';
import { pushMedia } from './map-rss.js';
import { first, firstDate, line, unique } from './pick.js';
import type { FeedItem, FeedMedia } from './types.js';

type Item = JsonFeed.Item<string>;

export function mapJsonItem(item: Item, ctx: MapContext, feedAuthor: string | undefined): FeedItem {
  const url = firstUrl([item.url, item.external_url], ctx.base);
  const media: FeedMedia[] = [];
  for (const a of item.attachments ?? []) pushMedia(media, a.url, a.mime_type, ctx.base);
  pushMedia(media, item.image, 'image', ctx.base);
  pushMedia(media, item.banner_image, 'image', ctx.base);
  const html = first(item.content_html);
  for (const src of imageSources(html)) pushMedia(media, src, 'image', ctx.base);
  const id = item.id as unknown;
  return {
    externalId: (typeof id === 'number' ? String(id) : first(item.id)) ?? url,
    url,
    title: line(first(item.title)),
    text: html ? htmlToText(html) : tidy(first(item.content_text, item.summary) ?? ''),
    author: line(first(item.authors?.[0]?.name, feedAuthor)),
    publishedAt: firstDate([item.date_published, item.date_modified], ctx.defaultOffsetMinutes),
    media,
    categories: unique(item.tags ?? []),
  };
}
