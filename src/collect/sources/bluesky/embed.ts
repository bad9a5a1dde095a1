/**
 * What a Bluesky post view's `embed` carries that a reader sees: pictures (URLs and alt text), a quoted post, a link
 * card, a video's alt text. Read leniently: any part of another shape is ignored. Pure.
 */

export interface EmbedParts {
  images: string[];
  /** Alt texts of pictures and videos. */
  alts: string[];
  quote?: { uri: string; author: string; text: string };
  link?: { uri: string; title: string };
}

export function embedParts(embed: unknown): EmbedParts {
  const out: EmbedParts = { images: [], alts: [] };
  collect(embed, out);
  return out;
}

function collect(embed: unknown, out: EmbedParts): void {
  if (!isObject(embed)) return;
  const type = typeof embed.$type === 'string' ? embed.$type : '';
  if (type.startsWith('app.bsky.embed.images')) {
    for (const img of Array.isArray(embed.images) ? embed.images : []) {
      if (!isObject(img)) continue;
      const url = str(img.fullsize) || str(img.thumb);
      if (/^https?:\/\//.test(url)) out.images.push(url);
      if (str(img.alt)) out.alts.push(str(img.alt));
    }
  } else if (type.startsWith('app.bsky.embed.video')) {
    if (str(embed.alt)) out.alts.push(str(embed.alt));
  } else if (type.startsWith('app.bsky.embed.external') && isObject(embed.external)) {
    const uri = str(embed.external.uri);
    if (/^https?:\/\//.test(uri)) out.link = { uri, title: str(embed.external.title) };
  } else if (type.startsWith('app.bsky.embed.recordWithMedia')) {
    collect(embed.media, out);
    if (isObject(embed.record)) quoteOf(embed.record.record, out);
  } else if (type.startsWith('app.bsky.embed.record')) quoteOf(embed.record, out);
}

/** A quoted post (`app.bsky.embed.record#viewRecord`); a quote that is not found, blocked or detached gives its URI only. */
function quoteOf(record: unknown, out: EmbedParts): void {
  if (!isObject(record) || !str(record.uri).startsWith('at://')) return;
  const author = isObject(record.author) && str(record.author.handle) ? `@${str(record.author.handle)}` : '';
  const text = isObject(record.value) ? str(record.value.text) : '';
  out.quote = { uri: str(record.uri), author, text };
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function str(v: unknown): string {
  return typeof v === 'string' ? v.trim() : '';
}
