/**
 * The shape of one item pushed into Yuqing (API batch, file import, later collectors).
 * One zod schema serves validation, the OpenAPI document, the importer and the web app.
 */
import { z } from 'zod';
import { channels } from './channel.js';
import { isRepresentableTime } from './time-window.js';

const count = z.number().int().min(0).max(Number.MAX_SAFE_INTEGER);

/** ISO 8601 with a zone, or epoch seconds / milliseconds. */
export const timeInput = z.union([
  z.string().refine((s) => parseTimeInput(s) !== null, {
    message: 'expected an ISO 8601 time with a zone (2026-01-31T08:00:00+08:00) or epoch seconds/milliseconds',
  }),
  z.number().refine((n) => parseTimeInput(n) !== null, { message: 'expected epoch seconds or milliseconds' }),
]);

export const engagementSchema = z
  .object({
    reposts: count.optional(),
    replies: count.optional(),
    likes: count.optional(),
    views: count.optional(),
    collects: count.optional().describe('Saves / favourites (收藏).'),
    dislikes: count.optional(),
  })
  .strict()
  .describe('Counts the platform gave; a count it did not give (or gave as "") is left out: unknown, not 0.');

export const incomingItemSchema = z
  .object({
    source: z.string().trim().min(1).max(200).describe('Where the item comes from: a source key such as `weibo` or `news.example.com`.'),
    externalId: z.string().trim().min(1).max(500).optional().describe("The item's id on its platform."),
    url: z
      .url({ protocol: /^https?$/, message: 'expected an http(s) URL' })
      .max(4000)
      .optional(),
    title: z.string().max(2000).optional(),
    text: z.string().max(1_000_000).default(''),
    author: z.string().max(500).optional(),
    publishedAt: timeInput.optional(),
    engagement: engagementSchema.optional(),
    lang: z.string().trim().min(2).max(20).optional().describe('BCP 47 language tag, e.g. zh, zh-Hant, en.'),
    parent: z.string().trim().min(1).max(4000).optional().describe('External id or URL of the item this one replies to or reposts.'),
    channel: z.enum(channels).optional().describe('Kind of media: news, weibo, wechat, video, forum, blog, qa, social, app, other.'),
    platform: z.string().trim().min(1).max(100).optional().describe('The platform, e.g. weibo, zhihu, bilibili, mastodon.'),
    authorFollowers: count.optional().describe("The author's follower count when the platform gives it."),
    region: z.string().trim().min(1).max(200).optional().describe('Region label the platform shows, e.g. IP属地：广东.'),
    images: z
      .array(z.url({ protocol: /^https?$/, message: 'expected an http(s) URL' }).max(4000))
      .max(50)
      .optional()
      .describe("Pictures attached to the item (http(s) URLs), e.g. a comment's pictures."),
    notes: z
      .array(z.string().trim().min(1).max(1000))
      .max(20)
      .optional()
      .describe('Remarks from collection about this item, e.g. a publication time corrected; shown on its detail.'),
  })
  .strict()
  .refine((item) => item.text.trim() !== '' || (item.title ?? '').trim() !== '', {
    message: 'an item needs a title or a text',
    path: ['text'],
  });

export type IncomingItem = z.infer<typeof incomingItemSchema>;

/** Epoch milliseconds from an accepted time input, or null when it is not a time. */
export function parseTimeInput(value: string | number): number | null {
  if (typeof value === 'number') {
    if (!Number.isFinite(value) || value <= 0) return null;
    const ms = value < 1e11 ? Math.round(value * 1000) : Math.round(value);
    return isRepresentableTime(ms) ? ms : null;
  }
  const s = value.trim();
  if (/^\d{9,13}$/.test(s)) return parseTimeInput(Number(s));
  if (!/^\d{4}-\d{2}-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})$/i.test(s)) return null;
  const ms = Date.parse(s.replace(' ', 'T'));
  return Number.isNaN(ms) ? null : ms;
}
