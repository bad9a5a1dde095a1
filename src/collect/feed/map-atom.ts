/** Atom 1.0 / 0.3 entries to FeedItems: alternate links, xml:base, html/xhtml content, feed-level authors. */
import type { AtomFeed } from 'feedsmith';
import { htmlToText, imageSources } from '../text/html-text.js';
import { resolveUrl } from '../text/urls.js';
import { type MapContext, pushMedia, pushMediaNs } from './map-rss.js';
import { first, firstDate, line, unique } from './pick.js';
import type { FeedItem, FeedMedia } from './types.js';

type Entry = AtomFeed.Entry<string>;
type Link = AtomFeed.Link<string>;

/** The entry's page: rel="alternate" (or no rel), preferring an HTML type. */
export function alternateLink(links: Link[] | undefined): string | undefined {
  const alternates = (links ?? []).filter((l) => !l.rel || l.rel === 'alternate');
  return (alternates.find((l) => !l.type || /html/i.test(l.type)) ?? alternates[0])?.href;
}

export function mapAtomEntry(entry: Entry, ctx: MapContext, feedAuthor: string | undefined): FeedItem {
  const base = resolveUrl(entry.xml?.base, ctx.base) ?? ctx.base;
  const url = resolveUrl(alternateLink(entry.links), base);
  const media: FeedMedia[] = [];
  for (const l of entry.links ?? []) if (l.rel === 'enclosure') pushMedia(media, l.href, l.type, base);
  pushMediaNs(media, entry.media, base);
  const body = first(entry.content?.value, entry.summary?.value, entry.media?.description?.value);
  for (const src of imageSources(body)) pushMedia(media, src, 'image', base);
  return {
    externalId: first(entry.id) ?? url,
    url,
    title: line(first(entry.title?.value, entry.media?.title?.value)),
    text: htmlToText(body),
    author: line(first(entry.authors?.[0]?.name, entry.dc?.creators?.[0], entry.authors?.[0]?.email, feedAuthor)),
    publishedAt: firstDate([entry.published, entry.updated, entry.dc?.dates?.[0], entry.dcterms?.issued?.[0]], ctx.defaultOffsetMinutes),
    media,
    categories: unique((entry.categories ?? []).map((c) => c.label ?? c.term)),
  };
}
