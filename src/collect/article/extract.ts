/**
 * The pure article extractor: HTML in, {title, text, author, published} out. Readability on
 * linkedom finds the body; <meta>, JSON-LD, <time> and Chinese bylines (作者：, 来源：,
 * 发布时间：) supply what Readability misses. A page without an article is a `no_article` error.
 */
import { Readability } from '@mozilla/readability';
import { toText } from '../../decode/decode.js';
import { CollectError } from '../errors.js';
import { parseLooseDate } from '../text/dates.js';
import { htmlToLine, htmlToText } from '../text/html-text.js';
import { resolveUrl } from '../text/urls.js';
import { readByline } from './byline.js';
import { attr, parseDocument } from './dom.js';
import { flatText, readMeta } from './metadata.js';

export interface Article {
  title: string;
  /** Plain text, one paragraph per line. */
  text: string;
  author: string | null;
  /** Epoch milliseconds, or null. */
  published: number | null;
  /** Outlet the page credits (来源：新华社), or the site name. */
  source: string | null;
  lang: string | null;
  /** The page's canonical URL (link rel=canonical, og:url) resolved against `url`, else `url`. */
  canonicalUrl: string | null;
}

export interface ExtractOptions {
  /** Where the page came from: resolves its canonical link. */
  url?: string;
  contentType?: string | null;
  /** Fewer characters of body text than this is not an article; default 50. */
  minTextChars?: number;
  /** Zone for dates without one, minutes east of UTC; default +480 (China). */
  defaultOffsetMinutes?: number;
  /** Pages with more elements are refused rather than parsed (Readability costs ~0.05 ms per element); default 20,000. */
  maxElements?: number;
}

export function extractArticle(input: string | Uint8Array, options: ExtractOptions = {}): Article {
  const html = toText(input, options.contentType);
  if (html.trim() === '') throw new CollectError('no_article', 'no article: the page is empty');
  const maxElements = options.maxElements ?? 20_000;
  if (countTags(html, maxElements) > maxElements) {
    throw new CollectError('no_article', `no article: the page has more than ${maxElements} elements`);
  }
  const doc = parseDocument(html);
  const meta = readMeta(doc);
  const flat = flatText(doc);
  const h1 = htmlToLine(doc.querySelector('h1')?.textContent);
  const pageTitle = htmlToLine(doc.title);
  const headAt = headlineAt(flat, h1, pageTitle);
  const byline = readByline(flat, flat.slice(headAt, headAt + 400));
  const canonical =
    attr(doc.querySelector('link[rel="canonical"]'), 'href') ?? attr(doc.querySelector('meta[property="og:url"]'), 'content');
  const canonicalUrl = resolveUrl(canonical, options.url) ?? resolveUrl(options.url) ?? null;

  let parsed: ReturnType<Readability['parse']>;
  try {
    parsed = new Readability(doc, { charThreshold: 200 }).parse();
  } catch (err) {
    throw new CollectError('no_article', `no article: ${(err as Error).message}`, { cause: err });
  }
  const title = chooseTitle(htmlToLine(meta.title), h1, htmlToLine(parsed?.title), pageTitle);
  const text = cleanBody(htmlToText(parsed?.content ?? ''), title);
  const minChars = options.minTextChars ?? 50;
  if (!parsed || text.replace(/\s/g, '').length < minChars) {
    throw new CollectError('no_article', `no article: under ${minChars} characters of body text`);
  }
  const density = linkDensity(parsed.content ?? '');
  if (density > 0.5)
    throw new CollectError('no_article', `no article: mostly links (${Math.round(density * 100)}% of the text), like a list page`);

  const dateOptions = options.defaultOffsetMinutes === undefined ? {} : { defaultOffsetMinutes: options.defaultOffsetMinutes };
  const dates = [...meta.dates, byline.date, parsed.publishedTime ?? undefined];
  const published = dates.map((d) => (d ? parseLooseDate(d, dateOptions) : null)).find((t) => t !== null) ?? null;
  const author = meta.author ?? byline.author ?? cleanByline(parsed.byline);
  return {
    title,
    text,
    author: author ? htmlToLine(author) : null,
    published,
    source: byline.source ?? meta.siteName ?? parsed.siteName ?? null,
    lang: meta.lang ?? parsed.lang ?? null,
    canonicalUrl,
  };
}

/**
 * The headline: the page's declared title (JSON-LD, og:title), unless the <h1> says the same;
 * else the <h1> when the <title> contains it (dropping suffixes like `_社会新闻_南方晨报网`);
 * else Readability's cleaned title.
 */
function chooseTitle(declared: string, h1: string, readability: string, pageTitle: string): string {
  const squash = (s: string) => s.replace(/\s+/g, '');
  if (declared) return h1 && squash(h1) === squash(declared) ? h1 : declared;
  if (h1 && (pageTitle.includes(h1) || !readability)) return h1;
  return readability || h1 || pageTitle;
}

/** Where the article header starts in the flat text: at the <h1>, else at the <title>'s first part. */
function headlineAt(flat: string, h1: string, pageTitle: string): number {
  const probe = h1 || pageTitle.split(/\s*[_|｜]\s*|\s+-\s+/)[0] || '';
  return probe ? Math.max(flat.indexOf(probe), 0) : 0;
}

const metaLine = /(来源|來源|作者|记者|发布时间|發佈時間|发布日期|编辑|责编)\s*[:：]|^(By|Posted|Published|Updated)\b/i;

/** Drops the headline, short metadata lines Readability keeps (来源/作者/By …), and a closing editor credit. */
function cleanBody(text: string, title: string): string {
  const lines = text.split('\n');
  let start = 0;
  while (start < Math.min(lines.length, 3)) {
    const l = lines[start]!;
    const isTitle = l === title || (title !== '' && title.startsWith(l) && l.length > 5);
    if (!isTitle && !(l.length < 120 && metaLine.test(l))) break;
    start++;
  }
  let end = lines.length;
  while (end > start && /^[(（]?(责任编辑|编辑|责编|来源)[:：][^)）]{1,20}[)）]?$/.test(lines[end - 1]!)) end--;
  return lines.slice(start, end).join('\n');
}

function cleanByline(byline: string | null | undefined): string | undefined {
  const b = byline?.replace(/^(by|作者[:：]?)\s*/i, '').trim();
  return b && b.length <= 60 ? b : undefined;
}

/** Start tags in the HTML, counting no further than just past `limit`. */
function countTags(html: string, limit: number): number {
  const re = /<[a-zA-Z]/g;
  let n = 0;
  while (n <= limit && re.exec(html)) n++;
  return n;
}

/** Share of the text that sits inside links. */
function linkDensity(html: string): number {
  const total = htmlToText(html).replace(/\s/g, '').length;
  if (total === 0) return 1;
  let linked = 0;
  for (const m of html.matchAll(/<a\b[^>]*>([\s\S]*?)<\/a>/gi)) linked += htmlToText(m[1]).replace(/\s/g, '').length;
  return linked / total;
}
