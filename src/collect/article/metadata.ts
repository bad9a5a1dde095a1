/** Page metadata before extraction: <meta> (OpenGraph, article:*, name=author/pubdate…), JSON-LD, <time>, and the flat text for bylines. */
import { decodeEntities } from '../text/entities.js';
import { attr } from './dom.js';
import { readJsonLd } from './jsonld.js';

export interface PageMeta {
  title?: string;
  author?: string;
  /** Date strings in order of trust, for parseLooseDate. */
  dates: string[];
  siteName?: string;
  lang?: string;
}

const dateKeys = [
  'article:published_time',
  'og:published_time',
  'og:release_date',
  'datepublished',
  'pubdate',
  'publishdate',
  'publish_date',
  'publication_date',
  'publishtime',
  'apub:time',
  'weibo:article:create_at',
  'weibo: article:create_at',
  'sailthru.date',
  'parsely-pub-date',
  'dc.date.issued',
  'dcterms.issued',
  'dcterms.created',
  'dc.date',
  'date',
];
const authorKeys = ['author', 'article:author', 'dc.creator', 'sailthru.author', 'parsely-author', 'byl'];

/** All <meta> values by lower-cased name/property/itemprop (first one wins). */
function metaMap(doc: Document): Map<string, string> {
  const out = new Map<string, string>();
  for (const m of doc.querySelectorAll('meta')) {
    const key = (attr(m, 'property') ?? attr(m, 'name') ?? attr(m, 'itemprop'))?.toLowerCase();
    const value = attr(m, 'content');
    if (key && value && !out.has(key)) out.set(key, value);
  }
  return out;
}

export function readMeta(doc: Document): PageMeta {
  const meta = metaMap(doc);
  const ld = readJsonLd([...doc.querySelectorAll('script[type="application/ld+json"]')].map((s) => s.textContent ?? ''));
  const dates: string[] = [];
  const push = (v: string | undefined) => {
    if (v && !dates.includes(v)) dates.push(v);
  };
  push(ld.published);
  for (const k of dateKeys) push(meta.get(k));
  for (const el of doc.querySelectorAll('[itemprop="datePublished"]'))
    push(attr(el, 'content') ?? attr(el, 'datetime') ?? el.textContent?.trim());
  const time = doc.querySelector('time[pubdate], article time[datetime], main time[datetime], [class*="article"] time[datetime]');
  push(attr(time, 'datetime') ?? time?.textContent?.trim());
  push(ld.modified);
  const metaAuthor = authorKeys.map((k) => meta.get(k)).find((v) => v && !/^https?:\/\//.test(v));
  const out: PageMeta = { dates };
  const title = ld.headline ?? meta.get('og:title') ?? meta.get('twitter:title');
  if (title) out.title = title;
  const author = ld.author ?? metaAuthor;
  if (author) out.author = author;
  const site = meta.get('og:site_name') ?? ld.publisher;
  if (site) out.siteName = site;
  const lang = attr(doc.documentElement, 'lang');
  if (lang) out.lang = lang;
  return out;
}

/** Body text with every tag boundary as a space: what byline patterns read. */
export function flatText(doc: Document): string {
  const html = doc.body?.innerHTML ?? '';
  return decodeEntities(html.replace(/<(script|style|noscript)\b[\s\S]*?<\/\1\s*>/gi, ' ').replace(/<[^>]*>/g, ' '))
    .replace(/\s+/g, ' ')
    .trim();
}
