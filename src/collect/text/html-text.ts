/** HTML fragments to plain text: fast, tolerant of broken markup, keeps paragraph breaks; undoes RSSHub-style double escaping. */
import { decodeEntities } from './entities.js';

const blockTags = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
const looksLikeMarkup = /<\/?(?:p|br|div|img|a|span|strong|em|b|i|h[1-6]|ul|ol|li|table|blockquote|figure)\b[^>]*>/i;

/** Plain text of an HTML fragment: one line per block, whitespace collapsed, entities decoded. */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  const once = strip(html);
  // Escaped twice (RSSHub and some CMS exports): the first pass leaves real tags behind.
  if (html.includes('&lt;') && looksLikeMarkup.test(once)) return strip(once);
  return once;
}

/** The text on one line: for titles, names and other short fields. */
export function htmlToLine(html: string | undefined | null): string {
  return htmlToText(html).replace(/\s+/g, ' ').trim();
}

function strip(html: string): string {
  let s = html;
  if (s.includes('<')) {
    s = s
      .replace(/<!--[\s\S]*?(?:-->|$)/g, '')
      .replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, '$1')
      .replace(/<(script|style|noscript|template|svg|iframe|object|head)\b[^>]*>[\s\S]*?(?:<\/\1\s*>|$)/gi, '')
      .replace(/<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, (_m, tag: string) => {
        const t = tag.toLowerCase();
        if (blockTags.has(t)) return '\n';
        return t === 'td' || t === 'th' ? ' ' : '';
      });
  }
  return tidy(decodeEntities(s));
}

/** Trims every line, collapses runs of spaces, drops empty lines and invisible characters. */
export function tidy(s: string): string {
  return s
    .replace(/[\u200b-\u200d\u2060\ufeff]/g, '')
    .split(/\r\n|[\n\r\u2028\u2029]/)
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line !== '')
    .join('\n');
}

/** `src` of the first `max` images in an HTML fragment (escaped or not), for media lists. */
export function imageSources(html: string | undefined, max = 10): string[] {
  if (!html) return [];
  const s = html.includes('&lt;img')
    ? html
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"')
        .replace(/&amp;/g, '&')
    : html;
  const out: string[] = [];
  for (const m of s.matchAll(/<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (out.length >= max) break;
    if (m[1] && !m[1].startsWith('data:')) out.push(m[1]);
  }
  return out;
}
