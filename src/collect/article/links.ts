/** Article links on a list or section page: by CSS selector, or automatically (same-site links that look like articles). */
import { htmlToLine } from '../text/html-text.js';
import { resolveUrl } from '../text/urls.js';
import { attr, parseDocument } from './dom.js';

export interface ArticleLink {
  url: string;
  /** The link's text (or title attribute), one line. */
  title: string;
}

const fileExt = /\.(jpe?g|png|gif|webp|svg|pdf|zip|rar|7z|docx?|xlsx?|pptx?|mp[34]|avi|apk|exe|css|js|xml|rss)$/i;
const notArticle =
  /\/(tags?|category|categories|topics?|channel|login|logout|register|signup|search|about|contact|help|privacy|terms|copyright|feedback|user|member|author)(\/|\.|$)|\/(index|list|default)(_\d+)?\.(s?html?|php|aspx?)$/i;
const dated = /\/(19|20)\d{2}[-/_]?[01]?\d[-/_]?([0-3]?\d)?(\/|[-_]|$)|\/(19|20)\d{6}\//;
const articleShape = /\d{5,}|\.(s?html?|php|aspx?)$|\/[a-z0-9]+(?:-[a-z0-9]+){2,}\/?$/i;

/**
 * Links to articles on a list page. With `selector`, every matched `<a>` (or the first link
 * inside each matched element) is taken. Without, same-site links whose path looks like an
 * article (a date, a long id, a page extension or a long slug) and whose text reads like a title.
 */
export function findArticleLinks(html: string, baseUrl: string, selector?: string): ArticleLink[] {
  const doc = parseDocument(html);
  const base = resolveUrl(attr(doc.querySelector('base[href]'), 'href'), baseUrl) ?? baseUrl;
  const page = stripHash(base);
  const anchors: Element[] = [];
  if (selector) {
    for (const el of doc.querySelectorAll(selector)) {
      const a = el.matches('a[href]') ? el : el.querySelector('a[href]');
      if (a) anchors.push(a);
    }
  } else {
    anchors.push(...doc.querySelectorAll('a[href]'));
  }
  const seen = new Set<string>();
  const out: ArticleLink[] = [];
  for (const a of anchors) {
    const url = resolveUrl(attr(a, 'href'), base);
    if (!url) continue;
    const key = stripHash(url);
    if (key === page || seen.has(key)) continue;
    const title = htmlToLine(a.textContent) || attr(a, 'title') || '';
    if (!selector && !looksLikeArticle(new URL(key), title, base)) continue;
    seen.add(key);
    out.push({ url: key, title });
  }
  return out;
}

function looksLikeArticle(url: URL, title: string, base: string): boolean {
  if (siteKey(url.hostname) !== siteKey(new URL(base).hostname)) return false;
  const path = safeDecode(url.pathname);
  if (path === '/' || fileExt.test(path) || notArticle.test(path)) return false;
  if (title.replace(/\s/g, '').length < 5) return false;
  return dated.test(path) || articleShape.test(path) || /[?&](id|aid|articleid|tid|p)=\d+/i.test(url.search);
}

function safeDecode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

function stripHash(url: string): string {
  const u = new URL(url);
  u.hash = '';
  return u.href;
}

/** The registrable part of a host, roughly: `news.sina.com.cn` → `sina.com.cn`, `www.example.com` → `example.com`. */
export function siteKey(host: string): string {
  const labels = host.toLowerCase().replace(/\.$/, '').split('.');
  if (labels.length <= 2) return labels.join('.');
  const second = labels[labels.length - 2]!;
  const tld = labels[labels.length - 1]!;
  const keep = tld.length === 2 && ['com', 'net', 'org', 'gov', 'edu', 'ac', 'co'].includes(second) ? 3 : 2;
  return labels.slice(-keep).join('.');
}
