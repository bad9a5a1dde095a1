/** Hacker News hits from the Algolia search API as forum items: stories and comments, parent pointers, points. Pure. */
import { z } from 'zod';
import type { IncomingItem } from '../../../domain/incoming-item.js';
import { htmlToText } from '../../text/html-text.js';

export const hitSchema = z.object({
  objectID: z.union([z.string(), z.number()]).transform(String),
  created_at: z.string().optional(),
  created_at_i: z.number(),
  title: z.string().nullish(),
  url: z.string().nullish(),
  author: z.string().nullish(),
  points: z.number().nullish(),
  story_text: z.string().nullish(),
  comment_text: z.string().nullish(),
  num_comments: z.number().nullish(),
  story_id: z.number().nullish(),
  story_title: z.string().nullish(),
  parent_id: z.number().nullish(),
  _tags: z.array(z.string()).optional(),
});
export type Hit = z.infer<typeof hitSchema>;

export const searchSchema = z.object({
  hits: z.array(hitSchema),
  nbHits: z.number().optional(),
  page: z.number(),
  nbPages: z.number(),
});

export function hitToIncoming(hit: Hit): IncomingItem | null {
  const isComment = hit.comment_text != null || hit._tags?.includes('comment') === true;
  const title = isComment ? undefined : (hit.title ?? undefined);
  let text = htmlToText(isComment ? hit.comment_text : hit.story_text);
  if (text === '' && !isComment && hit.url) text = hit.url;
  if (!title && text === '') return null;
  const item: IncomingItem = {
    source: 'hackernews',
    externalId: hit.objectID,
    url: `https://news.ycombinator.com/item?id=${encodeURIComponent(hit.objectID)}`,
    text,
    channel: 'forum',
    platform: 'hackernews',
    lang: 'en',
  };
  if (title) item.title = title.slice(0, 2000);
  if (hit.author) item.author = hit.author;
  // Both are given; the epoch is the one that cannot be misread.
  item.publishedAt = hit.created_at_i * 1000;
  if (isComment && hit.parent_id) item.parent = String(hit.parent_id);
  item.engagement = {
    ...(typeof hit.points === 'number' && hit.points >= 0 ? { likes: hit.points } : {}),
    ...(typeof hit.num_comments === 'number' && hit.num_comments >= 0 ? { replies: hit.num_comments } : {}),
  };
  return item;
}
