/**
 * Bluesky `app.bsky.feed.searchPosts` post views as incoming items: at:// URIs to bsky.app links, reply and quote
 * parents, counts, and what the embed shows (pictures with their alt text, the quoted post, a link card), so a post
 * with no text of its own is still an item. Pure.
 */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { embedParts } from './embed.js';

const count = z.number().int().nonnegative().nullish();
const strongRef = z.object({ uri: z.string(), cid: z.string().optional() });

export const postViewSchema = z.object({
  uri: z.string().startsWith('at://'),
  cid: z.string().optional(),
  author: z.object({ did: z.string(), handle: z.string(), displayName: z.string().nullish() }),
  record: z.object({
    text: z.string().default(''),
    createdAt: z.string().optional(),
    langs: z.array(z.string()).optional(),
    reply: z.object({ root: strongRef, parent: strongRef }).optional(),
  }),
  embed: z.unknown().optional(),
  indexedAt: z.string().optional(),
  replyCount: count,
  repostCount: count,
  likeCount: count,
  quoteCount: count,
  bookmarkCount: count,
});
export type PostView = z.infer<typeof postViewSchema>;

export const searchPostsSchema = z.object({
  cursor: z.string().optional(),
  hitsTotal: z.number().optional(),
  posts: z.array(postViewSchema),
});

/** `at://did:plc:x/app.bsky.feed.post/3kabc` → `https://bsky.app/profile/did:plc:x/post/3kabc`; null for other collections. */
export function atUriToWeb(uri: string): string | null {
  const m = /^at:\/\/([^/]+)\/app\.bsky\.feed\.post\/([^/?#]+)$/.exec(uri);
  return m ? `https://bsky.app/profile/${m[1]}/post/${m[2]}` : null;
}

/**
 * Epoch ms from the ISO forms found in one response: `…Z`, `….000Z`, microseconds, `+00:00`, `+0000`,
 * and no zone at all (read as UTC). Null when it is not a time.
 */
export function blueskyTime(s: string | undefined): number | null {
  if (!s) return null;
  const m = /^(\d{4}-\d{2}-\d{2})[T ](\d{2}:\d{2}(?::\d{2})?)(\.\d+)?(Z|[+-]\d{2}:?\d{2})?$/i.exec(s.trim());
  if (!m) return null;
  const frac = m[3] ? m[3].slice(0, 4) : '';
  const zone = !m[4] || m[4].toUpperCase() === 'Z' ? 'Z' : m[4].replace(/^([+-]\d{2})(\d{2})$/, '$1:$2');
  const ms = Date.parse(`${m[1]}T${m[2]}${frac}${zone}`);
  return Number.isNaN(ms) ? null : ms;
}

/** The item, or null for a post that shows nothing (no text, picture, quote or link): the caller reports those. */
export function postToIncoming(post: PostView, source: string): IncomingItem | null {
  const embed = embedParts(post.embed);
  const own = post.record.text.trim();
  const quote = embed.quote
    ? `> ${[embed.quote.author, embed.quote.text].filter(Boolean).join(': ') || atUriToWeb(embed.quote.uri) || embed.quote.uri}`
    : '';
  const link = embed.link ? [embed.link.title, embed.link.uri].filter(Boolean).join('\n') : '';
  let text = [own, ...embed.alts, quote, link].filter(Boolean).join('\n');
  // Pictures without alt text: the post's link stands for them.
  if (text === '' && embed.images.length > 0) text = atUriToWeb(post.uri) ?? '';
  if (text === '') return null;
  const item: IncomingItem = {
    source,
    externalId: post.uri,
    text,
    author: post.author.displayName?.trim() ? `${post.author.displayName.trim()} (@${post.author.handle})` : `@${post.author.handle}`,
    channel: 'social',
    platform: 'bluesky',
  };
  const url = atUriToWeb(post.uri);
  if (url) item.url = url;
  const at = blueskyTime(post.record.createdAt) ?? blueskyTime(post.indexedAt);
  if (at !== null && at > 0) item.publishedAt = at;
  const lang = post.record.langs?.[0];
  if (lang && lang.length >= 2) item.lang = lang;
  // A reply points to the post it answers; a quote (a repost with a comment) to the post it quotes.
  if (post.record.reply) item.parent = post.record.reply.parent.uri;
  else if (embed.quote) item.parent = embed.quote.uri;
  if (embed.images.length > 0) item.images = embed.images.slice(0, 20);
  // A quote is a repost with a comment, as 转发 is on Weibo: both count as reposts.
  const reposts = (post.repostCount ?? 0) + (post.quoteCount ?? 0);
  item.engagement = {
    ...(post.repostCount != null || post.quoteCount != null ? { reposts } : {}),
    ...(post.replyCount != null ? { replies: post.replyCount } : {}),
    ...(post.likeCount != null ? { likes: post.likeCount } : {}),
  };
  return item;
}
