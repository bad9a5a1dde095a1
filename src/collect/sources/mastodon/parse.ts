/** Mastodon statuses (REST `Status` entities) as incoming items: HTML content to text, reblogs and replies pointing to their parent. Pure. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { htmlToLine, htmlToText } from '../../text/html-text.js';

const count = z.number().int().nonnegative().nullish();
const id = z.union([z.string().min(1), z.number()]).transform(String);

const account = z.object({
  id,
  acct: z.string(),
  display_name: z.string().nullish(),
  url: z.string().nullish(),
  followers_count: count,
});

const base = z.object({
  id,
  created_at: z.string(),
  in_reply_to_id: id.nullish(),
  spoiler_text: z.string().nullish(),
  language: z.string().nullish(),
  uri: z.string().nullish(),
  url: z.string().nullish(),
  content: z.string().nullish(),
  replies_count: count,
  reblogs_count: count,
  favourites_count: count,
  quotes_count: count,
  account,
  media_attachments: z
    .array(z.object({ type: z.string().optional(), url: z.string().nullish(), description: z.string().nullish() }))
    .nullish(),
});

export const statusSchema = base.extend({ reblog: base.nullish() });
export type Status = z.infer<typeof statusSchema>;
type BaseStatus = z.infer<typeof base>;

/** The statuses of a hashtag timeline (an array) or of `/api/v2/search` (`{statuses: […]}`). */
export const timelineSchema = z.array(statusSchema);
export const searchSchema = z.object({ statuses: z.array(statusSchema) });

export function statusToIncoming(status: Status, source: string): IncomingItem | null {
  const shown: BaseStatus = status.reblog ?? status;
  const media = shown.media_attachments ?? [];
  // Media descriptions (alt text) are what a reader of a picture-only status gets: they are part of its text.
  const alts = media.map((m) => (m.description ?? '').trim()).filter(Boolean);
  const images = media.filter((m) => m.type === 'image' || m.type === 'gifv').flatMap((m) => httpUrl(m.url) ?? []);
  let text = [htmlToText(shown.content), ...alts].filter(Boolean).join('\n');
  const title = htmlToLine(shown.spoiler_text);
  if (text === '' && title === '' && media.length > 0) text = httpUrl(status.url) ?? httpUrl(shown.url) ?? '';
  if (text === '' && title === '') return null;
  const publishedAt = Date.parse(status.created_at);
  const item: IncomingItem = {
    source,
    externalId: status.id,
    text,
    author: authorName(status.account),
    channel: 'social',
    platform: 'mastodon',
  };
  if (title) item.title = title;
  const url = httpUrl(status.url) ?? httpUrl(status.reblog ? undefined : status.uri) ?? httpUrl(shown.url);
  if (url) item.url = url;
  if (Number.isFinite(publishedAt) && publishedAt > 0) item.publishedAt = publishedAt;
  if (shown.language) item.lang = shown.language;
  // A reblog points to the status it shares; a reply to the one it answers (both ids on the same instance).
  const parent = status.reblog ? status.reblog.id : status.in_reply_to_id;
  if (parent) item.parent = parent;
  // A quote is a repost with a comment (newer servers count them apart): both count as reposts, as on Bluesky.
  const reposts = shown.reblogs_count == null && shown.quotes_count == null ? null : (shown.reblogs_count ?? 0) + (shown.quotes_count ?? 0);
  item.engagement = clean({ reposts, replies: shown.replies_count, likes: shown.favourites_count });
  if (typeof status.account.followers_count === 'number') item.authorFollowers = status.account.followers_count;
  if (images.length > 0) item.images = images.slice(0, 20);
  return item;
}

function authorName(a: Status['account']): string {
  const name = (a.display_name ?? '').trim();
  return (name ? `${name} (@${a.acct})` : `@${a.acct}`).slice(0, 500);
}

function httpUrl(u: string | null | undefined): string | undefined {
  return u && /^https?:\/\//i.test(u) && u.length <= 4000 ? u : undefined;
}

function clean(e: Record<string, number | null | undefined>): Record<string, number> {
  return Object.fromEntries(Object.entries(e).filter((kv): kv is [string, number] => typeof kv[1] === 'number'));
}
