/** Reddit listing JSON (`/search.json`): posts (t3) and comments (t1) as forum items with score and comment counts. Pure. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { decodeEntities } from '../../text/entities.js';

const thing = z.object({
  kind: z.string(),
  data: z.object({
    id: z.string(),
    name: z.string(),
    title: z.string().optional(),
    selftext: z.string().optional(),
    body: z.string().optional(),
    author: z.string().optional(),
    subreddit_name_prefixed: z.string().optional(),
    permalink: z.string().optional(),
    url: z.string().nullish(),
    is_self: z.boolean().optional(),
    created_utc: z.number(),
    score: z.number().optional(),
    num_comments: z.number().optional(),
    parent_id: z.string().nullish(),
  }),
});
export type Thing = z.infer<typeof thing>;

export const listingSchema = z.object({
  kind: z.literal('Listing'),
  data: z.object({ after: z.string().nullish(), children: z.array(thing) }),
});

export function thingToIncoming(t: Thing): IncomingItem | null {
  if (t.kind !== 't3' && t.kind !== 't1') return null;
  const d = t.data;
  const title = d.title ? decodeEntities(d.title).trim() : undefined;
  let text = decodeEntities((t.kind === 't1' ? d.body : d.selftext) ?? '').trim();
  // A link post has no text of its own: keep where it points.
  if (text === '' && t.kind === 't3' && d.is_self === false && d.url) text = d.url;
  if (!title && text === '') return null;
  const item: IncomingItem = { source: 'reddit', externalId: d.name, text, channel: 'forum', platform: 'reddit' };
  if (title) item.title = title.slice(0, 2000);
  if (d.permalink) item.url = `https://www.reddit.com${d.permalink}`;
  if (d.author && d.author !== '[deleted]') item.author = `u/${d.author}`;
  item.publishedAt = Math.round(d.created_utc * 1000);
  if (t.kind === 't1' && d.parent_id) item.parent = d.parent_id;
  // Scores can be negative; intake counts are ≥ 0.
  item.engagement = {
    ...(d.score !== undefined ? { likes: Math.max(0, Math.round(d.score)) } : {}),
    ...(d.num_comments !== undefined ? { replies: d.num_comments } : {}),
  };
  return item;
}
