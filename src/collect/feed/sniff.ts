/** Looking at a document before parsing: junk before the XML, the root element, and why a non-feed is not one. */
import { resolveUrl } from '../text/urls.js';

/**
 * Drops what precedes the XML: a BOM, whitespace, and junk some servers print first (PHP
 * warnings before `<?xml`). Strips control characters XML forbids.
 */
export function stripProlog(text: string): string {
  let s = text.replace(/^\ufeff/, '');
  const decl = s.indexOf('<?xml');
  if (decl > 0 && decl < 8192) s = s.slice(decl);
  else {
    const lt = s.indexOf('<');
    if (lt > 0) s = s.slice(lt);
  }
  // biome-ignore lint/suspicious/noControlCharactersInRegex: removing the control characters XML forbids
  return s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}

/** Name of the first element, lower-cased, after declarations, comments and DOCTYPE; null when none. */
export function rootElement(xml: string): string | null {
  const re = /<(\?[\s\S]*?\?>|!--[\s\S]*?-->|![^>]*>|([A-Za-z_][\w:.-]*))/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    if (m[2]) return m[2].toLowerCase();
    if (re.lastIndex > 64 * 1024) break;
  }
  return null;
}

/** One line on what the document is instead of a feed; for an HTML page, the feed it links to, if any. */
export function describeNonFeed(xml: string, root: string | null, baseUrl?: string): string {
  if (root === null) return 'not a feed: no XML or JSON found';
  if (root === 'html' || /^<!doctype html/i.test(xml.trimStart())) {
    const link = xml.match(/<link\b[^>]*type=["']application\/(?:rss|atom)\+xml["'][^>]*>/i)?.[0];
    const href = link?.match(/href=["']([^"']+)["']/i)?.[1];
    const target = href ? (resolveUrl(href, baseUrl) ?? href) : undefined;
    return target ? `not a feed: an HTML page (it links to a feed: ${target})` : 'not a feed: an HTML page';
  }
  return `not a feed: XML with root element <${root}>`;
}
