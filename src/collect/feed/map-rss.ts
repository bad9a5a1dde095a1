/** RSS 2.0 / 0.9x and RSS 1.0 (RDF) items to FeedItems: guid, link, dc:*, content:encoded, enclosures, media:*. */
import type { MediaNs, RdfFeed, RssFeed } from 'feedsmith';
import { htmlToText, imageSources } from '../text/html-text.js';
import { firstUrl, resolveUrl } from '../text/urls.js';
import { first, firstDate, line, unique } from './pick.js';
import type { FeedItem, FeedMedia } from './types.js';

export interface MapContext {
  /** Base for relative links: the site link resolved against the feed URL. */
  base?: string;
  defaultOffsetMinutes?: number;
}

type RssItem = RssFeed.Item<string>;
type RdfItem = RdfFeed.Item<string>;

export function mapRssItem(item: RssItem, ctx: MapContext): FeedItem {
  const guid = first(item.guid?.value);
  const permalink = item.guid?.isPermaLink !== false && guid && /^https?:\/\//i.test(guid) ? guid : undefined;
  const atomLink = item.atom?.links?.find((l) => !l.rel || l.rel === 'alternate')?.href;
  const url = firstUrl([item.link, permalink, atomLink], ctx.base);
  const media: FeedMedia[] = [];
  for (const e of item.enclosures ?? []) pushMedia(media, e.url, e.type, ctx.base);
  pushMediaNs(media, item.media, ctx.base);
  const body = first(
    item.content?.encoded,
    item.description,
    item.media?.description?.value,
    item.itunes?.summary,
    item.dc?.descriptions?.[0],
  );
  for (const src of imageSources(body)) pushMedia(media, src, 'image', ctx.base);
  return {
    externalId: guid ?? url,
    url,
    title: line(first(item.title, item.dc?.titles?.[0], item.media?.title?.value)),
    text: htmlToText(body),
    author: line(first(item.dc?.creators?.[0], item.authors?.[0]?.name, item.authors?.[0]?.email, item.itunes?.author)),
    publishedAt: firstDate(
      [item.pubDate, item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0], item.atom?.published, item.atom?.updated],
      ctx.defaultOffsetMinutes,
    ),
    media,
    categories: unique([...(item.categories ?? []).map((c) => c.name), ...(item.dc?.subjects ?? [])]),
  };
}

export function mapRdfItem(item: RdfItem, ctx: MapContext): FeedItem {
  const url = firstUrl([item.link, item.rdf?.about], ctx.base);
  const media: FeedMedia[] = [];
  pushMediaNs(media, item.media, ctx.base);
  const body = first(item.content?.encoded, item.description, item.dc?.descriptions?.[0]);
  for (const src of imageSources(body)) pushMedia(media, src, 'image', ctx.base);
  return {
    externalId: first(item.rdf?.about, item.dc?.identifiers?.[0]) ?? url,
    url,
    title: line(first(item.title, item.dc?.titles?.[0])),
    text: htmlToText(body),
    author: line(first(item.dc?.creators?.[0])),
    publishedAt: firstDate([item.dc?.dates?.[0], item.dcterms?.issued?.[0], item.dcterms?.created?.[0]], ctx.defaultOffsetMinutes),
    media,
    categories: unique(item.dc?.subjects ?? []),
  };
}

export function pushMedia(out: FeedMedia[], href: string | undefined, type: string | undefined, base?: string): void {
  const url = resolveUrl(href, base);
  if (!url || out.some((m) => m.url === url)) return;
  out.push(type ? { url, type } : { url });
}

export function pushMediaNs(out: FeedMedia[], media: MediaNs.ItemOrFeed | undefined, base?: string): void {
  if (!media) return;
  const contents = [...(media.contents ?? []), ...(media.groups ?? []).flatMap((g) => g.contents ?? [])];
  for (const c of contents) pushMedia(out, c.url, c.type ?? c.medium, base);
  for (const t of media.thumbnails ?? []) pushMedia(out, t.url, 'image', base);
}
