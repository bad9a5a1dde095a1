/**
 * The pure feed parser: bytes or text in, one Feed out, for RSS 2.0, RSS 1.0 (RDF), Atom and
 * JSON Feed. Tolerates real-world sloppiness; anything that is not a feed gets a CollectError
 * naming the problem (empty, invalid XML or JSON, an HTML page, some other XML).
 */
import {
  type AtomFeed,
  DetectError,
  detectJsonFeed,
  type JsonFeed,
  MalformedError,
  parseAtomFeed,
  parseJsonFeed,
  parseRdfFeed,
  parseRssFeed,
  type RdfFeed,
  type RssFeed,
} from 'feedsmith';
import { toText } from '../../decode/decode.js';
import { CollectError } from '../errors.js';
import { resolveUrl } from '../text/urls.js';
import { capItems } from './cap.js';
import { alternateLink, mapAtomEntry } from './map-atom.js';
import { mapJsonItem } from './map-json.js';
import { type MapContext, mapRdfItem, mapRssItem } from './map-rss.js';
import { first, line } from './pick.js';
import { describeNonFeed, rootElement, stripProlog } from './sniff.js';
import type { Feed, FeedFormat, FeedItem, ParseFeedOptions } from './types.js';

export const DEFAULT_MAX_ITEMS = 10_000;

export function parseFeed(input: Uint8Array | string, options: ParseFeedOptions = {}): Feed {
  const text = toText(input, options.contentType);
  if (text.trim() === '') throw new CollectError('empty', 'the document is empty');
  if (/^\s*[[{]/.test(text)) return fromJson(text, options);
  const xml = stripProlog(text);
  const root = rootElement(xml);
  const format: FeedFormat | null = root === 'rss' ? 'rss' : root === 'feed' ? 'atom' : /(^|:)rdf$/.test(root ?? '') ? 'rdf' : null;
  if (!format) throw new CollectError('not_a_feed', describeNonFeed(xml, root, options.baseUrl));
  const { xml: capped, total } = capItems(xml, format, options.maxItems ?? DEFAULT_MAX_ITEMS);
  const feed = fromXml(capped, format, options);
  if (total > feed.items.length && capped !== xml) feed.truncated = { total, kept: feed.items.length };
  return feed;
}

function fromXml(xml: string, format: Exclude<FeedFormat, 'json'>, options: ParseFeedOptions): Feed {
  try {
    if (format === 'rss') return fromRss(parseRssFeed(xml), options);
    if (format === 'atom') return fromAtom(parseAtomFeed(xml), options);
    return fromRdf(parseRdfFeed(xml), options);
  } catch (err) {
    if (err instanceof MalformedError) {
      const why = (err.cause instanceof Error ? err.cause.message : err.message).replace(/\.?\s*Context:[\s\S]*$/, '').slice(0, 200);
      throw new CollectError('invalid_xml', `invalid XML: ${why}`, { cause: err });
    }
    if (err instanceof DetectError)
      throw new CollectError('not_a_feed', `not a feed: a <${format}> root without feed elements`, { cause: err });
    throw err;
  }
}

function context(siteLink: string | undefined, options: ParseFeedOptions): MapContext {
  const base = resolveUrl(siteLink, options.baseUrl) ?? options.baseUrl;
  return {
    ...(base ? { base } : {}),
    ...(options.defaultOffsetMinutes === undefined ? {} : { defaultOffsetMinutes: options.defaultOffsetMinutes }),
  };
}

function finish<T>(
  format: FeedFormat,
  head: Omit<Feed, 'items' | 'format'>,
  raw: T[] | undefined,
  map: (item: T) => FeedItem,
  options: ParseFeedOptions,
): Feed {
  const all = raw ?? [];
  const max = options.maxItems ?? DEFAULT_MAX_ITEMS;
  const kept = all.length > max ? all.slice(0, max) : all;
  const feed: Feed = { format, ...head, items: kept.map(map) };
  if (kept.length < all.length) feed.truncated = { total: all.length, kept: kept.length };
  return feed;
}

function headOf(title: string | undefined, link: string | undefined, lang: string | undefined, ctx: MapContext) {
  const head: Omit<Feed, 'items' | 'format'> = { title: line(title) ?? '' };
  const site = resolveUrl(link, ctx.base);
  if (site) head.link = site;
  const l = first(lang);
  if (l) head.lang = l;
  return head;
}

function fromRss(feed: RssFeed.Feed<string>, options: ParseFeedOptions): Feed {
  const ctx = context(feed.link, options);
  const head = headOf(feed.title, feed.link, feed.language ?? feed.dc?.languages?.[0], ctx);
  return finish('rss', head, feed.items, (i) => mapRssItem(i, ctx), options);
}

function fromRdf(feed: RdfFeed.Feed<string>, options: ParseFeedOptions): Feed {
  const ctx = context(feed.link, options);
  const head = headOf(feed.title, feed.link, feed.dc?.languages?.[0], ctx);
  return finish('rdf', head, feed.items, (i) => mapRdfItem(i, ctx), options);
}

function fromAtom(feed: AtomFeed.Feed<string>, options: ParseFeedOptions): Feed {
  // Atom resolves relative links against xml:base, else the document's own URL.
  const docBase = resolveUrl(feed.xml?.base, options.baseUrl) ?? options.baseUrl;
  const site = alternateLink(feed.links);
  const ctx = context(docBase ? undefined : site, { ...options, ...(docBase ? { baseUrl: docBase } : {}) });
  const head = headOf(feed.title?.value, site, feed.xml?.lang, ctx);
  const author = first(feed.authors?.[0]?.name);
  return finish('atom', head, feed.entries, (e) => mapAtomEntry(e, ctx, author), options);
}

function fromJson(text: string, options: ParseFeedOptions): Feed {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (err) {
    throw new CollectError('invalid_json', `invalid JSON: ${(err as Error).message}`, { cause: err });
  }
  if (!detectJsonFeed(value)) throw new CollectError('not_a_feed', 'not a feed: JSON without a JSON Feed version, title and items');
  let feed: JsonFeed.Feed<string>;
  try {
    feed = parseJsonFeed(value);
  } catch (err) {
    throw new CollectError('not_a_feed', `not a feed: ${(err as Error).message}`, { cause: err });
  }
  const ctx = context(feed.home_page_url, options);
  const head = headOf(feed.title, feed.home_page_url, feed.language, ctx);
  const author = first(feed.authors?.[0]?.name);
  return finish('json', head, feed.items, (i) => mapJsonItem(i, ctx, author), options);
}
