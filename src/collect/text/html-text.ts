/**
 * HTML fragments to plain text: fast, tolerant of broken markup, keeps paragraph breaks and emoticons (an `<img>`
 * whose alt text is an emoticon, `[微笑]`, becomes that text: sentiment reads it); undoes RSSHub-style double escaping.
 */
import { decodeEntities } from './entities.js';

const blockTags = new Set(
  'address article aside blockquote br dd div dl dt figcaption figure footer h1 h2 h3 h4 h5 h6 header hr li main nav ol p pre section table tbody thead tfoot tr ul'.split(
    ' ',
  ),
);
/** A whole start or end tag: a name, then only well-formed attributes (so `a<b 且 c>d` is not one). */
const realTag = /<\/?[a-z][a-z0-9]*(?:\s+[a-z_:][-a-z0-9_:.]*(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/i;
const looksLikeMarkup = /<\/?(?:p|br|div|img|a|span|strong|em|b|i|h[1-6]|ul|ol|li|table|blockquote|figure)\b[^>]*>/i;

/** Plain text of an HTML fragment: one line per block, whitespace collapsed, entities decoded. */
export function htmlToText(html: string | undefined | null): string {
  if (!html) return '';
  const once = strip(html);
  // Escaped twice (RSSHub and some CMS exports): the first pass leaves real tags behind.
  if (html.includes('&lt;') && looksLikeMarkup.test(once)) return strip(once);
  return once;
}

/**
 * A field that may hold HTML or plain text (exports that strip tags but leave character references): markup is
 * stripped only when the field has real tags, so a plain `电压<5V，a<b` keeps its `<`; references are decoded always.
 */
export function htmlishToText(s: string | undefined | null): string {
  if (!s) return '';
  return realTag.test(s) ||
    realTag.test(
      s
        .replace(/&lt;/g, '<')
        .replace(/&gt;/g, '>')
        .replace(/&quot;/g, '"'),
    )
    ? htmlToText(s)
    : tidy(decodeEntities(s));
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
      .replace(/<img\b(?:[^>"']|"[^"]*"|'[^']*')*>/gi, emoticonText)
      .replace(/<\/?([a-zA-Z][a-zA-Z0-9:-]*)\b(?:[^>"']|"[^"]*"|'[^']*')*>/g, (_m, tag: string) => {
        const t = tag.toLowerCase();
        if (blockTags.has(t)) return '\n';
        return t === 'td' || t === 'th' ? ' ' : '';
      });
  }
  return tidy(decodeEntities(s));
}

/**
 * The text an emoticon image stands for: its alt text when that is bracketed (`[微笑]`, `[doge]`, Weibo and most
 * Chinese platforms), or any short alt text of an image marked as an emoji or emoticon (class or src). Other images
 * give nothing.
 */
function emoticonText(tag: string): string {
  const alt = attribute(tag, 'alt');
  if (alt === null) return '';
  const text = decodeEntities(alt).trim();
  if (/^\[[^[\]\s<>]{1,12}\]$/u.test(text)) return text;
  const marked = /emoji|emoticon|expression|smil/i.test(`${attribute(tag, 'class') ?? ''} ${attribute(tag, 'src') ?? ''}`);
  return marked && text.length <= 12 ? text : '';
}

/** An attribute's value in one start tag: quoted or not; null when absent. */
function attribute(tag: string, name: string): string | null {
  const m = new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s"'>]+))`, 'i').exec(tag);
  if (!m) return null;
  return (m[1] ?? m[2] ?? m[3] ?? '').replace(/\/$/, '');
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
  const s = html.includes('&lt;img') ? decodeEntities(html) : html;
  const out: string[] = [];
  for (const m of s.matchAll(/<img\b[^>]*?\ssrc\s*=\s*["']?([^"'\s>]+)/gi)) {
    if (out.length >= max) break;
    if (m[1] && !m[1].startsWith('data:')) out.push(m[1]);
  }
  return out;
}
