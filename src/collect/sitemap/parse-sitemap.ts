/**
 * The pure sitemap parser: `<urlset>` (with Google News `news:` fields), `<sitemapindex>`,
 * plain-text URL lists, and gzipped files. Regex-based, so 50,000-URL files parse fast.
 */
import { gunzipSync } from 'node:zlib';
import { toText } from '../../decode/decode.js';
import { CollectError } from '../errors.js';
import { rootElement, stripProlog } from '../feed/sniff.js';
import { parseLooseDate } from '../text/dates.js';
import { decodeEntities } from '../text/entities.js';
import { resolveUrl } from '../text/urls.js';

export interface SitemapNews {
  title?: string;
  publishedAt: number | null;
  publication?: string;
  language?: string;
  keywords: string[];
}

export interface SitemapEntry {
  url: string;
  lastModified: number | null;
  /** Google News sitemap fields, when present. */
  news?: SitemapNews;
}

export interface Sitemap {
  /** `urlset`: pages; `index`: further sitemaps to fetch. */
  kind: 'urlset' | 'index';
  entries: SitemapEntry[];
  truncated?: { total: number; kept: number };
}

export interface ParseSitemapOptions {
  baseUrl?: string;
  contentType?: string | null;
  /** Most entries kept; default 50,000 (the protocol's own limit per file). */
  maxEntries?: number;
  /** Largest gunzipped size accepted; default 50 MB (the protocol's limit). */
  maxBytes?: number;
  defaultOffsetMinutes?: number;
}

export function parseSitemap(input: Uint8Array | string, options: ParseSitemapOptions = {}): Sitemap {
  const text = toText(gunzipIfNeeded(input, options.maxBytes ?? 50 * 1024 * 1024), options.contentType);
  if (text.trim() === '') throw new CollectError('empty', 'the document is empty');
  const max = options.maxEntries ?? 50_000;
  const dateOptions = options.defaultOffsetMinutes === undefined ? {} : { defaultOffsetMinutes: options.defaultOffsetMinutes };
  if (!text.trimStart().startsWith('<')) return plainText(text, options.baseUrl, max);
  const xml = stripProlog(text);
  const root = rootElement(xml)?.replace(/^[\w.-]+:/, '');
  if (root !== 'urlset' && root !== 'sitemapindex') {
    throw new CollectError('not_a_sitemap', `not a sitemap: ${root ? `XML with root element <${root}>` : 'no XML found'}`);
  }
  const kind = root === 'urlset' ? 'urlset' : 'index';
  const block = new RegExp(
    `<(?:[\\w.-]+:)?${kind === 'urlset' ? 'url' : 'sitemap'}[\\s>]([\\s\\S]*?)</(?:[\\w.-]+:)?${kind === 'urlset' ? 'url' : 'sitemap'}\\s*>`,
    'gi',
  );
  const entries: SitemapEntry[] = [];
  let total = 0;
  for (const m of xml.matchAll(block)) {
    const body = m[1] ?? '';
    const url = resolveUrl(field(body, '(?:(?!image:|video:|xhtml:)[\\w.-]+:)?loc'), options.baseUrl);
    if (!url) continue;
    total++;
    if (entries.length >= max) continue;
    const entry: SitemapEntry = { url, lastModified: parseLooseDate(field(body, '(?:[\\w.-]+:)?lastmod'), dateOptions) };
    const news = body.match(/<([\w.-]+:)?news[\s>]([\s\S]*?)<\/(?:[\w.-]+:)?news\s*>/i)?.[2];
    if (news !== undefined) entry.news = readNews(news, dateOptions);
    entries.push(entry);
  }
  const out: Sitemap = { kind, entries };
  if (total > entries.length) out.truncated = { total, kept: entries.length };
  return out;
}

function readNews(body: string, dateOptions: { defaultOffsetMinutes?: number }): SitemapNews {
  const news: SitemapNews = {
    publishedAt: parseLooseDate(field(body, '(?:[\\w.-]+:)?publication_date'), dateOptions),
    keywords: (field(body, '(?:[\\w.-]+:)?keywords') ?? '')
      .split(/[,，]/)
      .map((k) => k.trim())
      .filter(Boolean),
  };
  const title = field(body, '(?:[\\w.-]+:)?title');
  if (title) news.title = title;
  const publication = field(body, '(?:[\\w.-]+:)?name');
  if (publication) news.publication = publication;
  const language = field(body, '(?:[\\w.-]+:)?language');
  if (language) news.language = language;
  return news;
}

/** Text of the first element named by `name` (a regex fragment), CDATA unwrapped and entities decoded. */
function field(body: string, name: string): string | undefined {
  const m = body.match(new RegExp(`<${name}(?:\\s[^>]*)?>([\\s\\S]*?)</${name}\\s*>`, 'i'));
  if (!m?.[1]) return undefined;
  const v = decodeEntities(m[1].replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')).trim();
  return v === '' ? undefined : v;
}

function plainText(text: string, baseUrl: string | undefined, max: number): Sitemap {
  const urls = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
  const resolved = urls.map((u) => (/^https?:\/\//i.test(u) ? resolveUrl(u, baseUrl) : undefined));
  if (resolved.some((u) => u === undefined)) throw new CollectError('not_a_sitemap', 'not a sitemap: neither XML nor a list of URLs');
  const entries = (resolved as string[]).slice(0, max).map((url) => ({ url, lastModified: null }));
  const out: Sitemap = { kind: 'urlset', entries };
  if (resolved.length > max) out.truncated = { total: resolved.length, kept: max };
  return out;
}

/** Gunzips `.xml.gz` bodies (served without Content-Encoding), refusing to grow beyond `maxBytes`. */
export function gunzipIfNeeded(input: Uint8Array | string, maxBytes: number): Uint8Array | string {
  if (typeof input === 'string' || input[0] !== 0x1f || input[1] !== 0x8b) return input;
  try {
    return gunzipSync(input, { maxOutputLength: maxBytes });
  } catch (err) {
    const tooBig = (err as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE';
    throw new CollectError(
      'not_a_sitemap',
      tooBig ? `not a sitemap: gunzipped size exceeds ${maxBytes} bytes` : 'not a sitemap: corrupt gzip data',
      {
        cause: err,
      },
    );
  }
}
