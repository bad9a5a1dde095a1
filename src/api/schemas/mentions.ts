/** Wire shapes for pushing mentions in and reading them back. */
import { z } from '@hono/zod-openapi';
import { pageQuery } from './common.js';

export const mentionViewSchema = z
  .object({
    id: z.number().int(),
    source: z.string().openapi({ description: 'Source key.' }),
    sourceName: z.string().openapi({ description: "The source's name (its key until someone names it)." }),
    externalId: z.string().nullable(),
    url: z.string().nullable(),
    title: z.string(),
    text: z.string(),
    author: z.string().nullable(),
    publishedAt: z.string().nullable().openapi({ description: 'ISO 8601, UTC.' }),
    collectedAt: z.string(),
    lang: z.string().nullable(),
    parent: z
      .string()
      .nullable()
      .openapi({ description: 'The reference the item gave to the item it replies to or reposts (external id or URL).' }),
    parentId: z
      .number()
      .int()
      .nullable()
      .openapi({ description: 'The stored mention `parent` names, in this workspace; null until that parent is stored.' }),
    engagement: z
      .object({
        reposts: z.number().int().nullable(),
        replies: z.number().int().nullable(),
        likes: z.number().int().nullable(),
        views: z.number().int().nullable(),
        collects: z.number().int().nullable().openapi({ description: 'Saves / favourites (收藏).' }),
        dislikes: z.number().int().nullable(),
      })
      .openapi({
        description: 'Counts as the platform gave them. null means unknown (the platform gave no count, or an empty one), never 0.',
      }),
    images: z.array(z.string()).openapi({ description: "Picture URLs attached to the item (e.g. a comment's pictures); empty when none." }),
    sentimentLabel: z
      .enum(['positive', 'neutral', 'negative'])
      .nullable()
      .openapi({ description: "The sentiment in force (an analyst's correction overrides the model's); null before analysis." }),
  })
  .openapi('Mention');

export const mentionListQuerySchema = pageQuery.extend({
  event: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'expected an event id')
    .transform(Number)
    .optional()
    .openapi({ type: 'integer', description: 'Only mentions of this event.' }),
  severity: z
    .string()
    .regex(/^[1-4](,[1-4]){0,3}$/, 'expected levels 1–4 separated by commas')
    .transform((v) => v.split(',').map(Number))
    .optional()
    .openapi({ type: 'string', example: '1,2', description: 'Only high-risk mentions of these levels (1–4), comma-separated.' }),
});

export const mentionPageSchema = z
  .object({
    items: z.array(mentionViewSchema),
    nextCursor: z.string().nullable(),
    total: z.number().int(),
  })
  .openapi('MentionPage');

/** Items are checked one by one against the incoming-item schema so one bad item never stops the others. */
export const intakeBodySchema = z
  .object({
    items: z.array(z.unknown()).min(1).openapi({ description: 'Incoming items (see IncomingItem).' }),
  })
  .openapi('IntakeRequest');

export const intakeResultSchema = z
  .object({
    accepted: z.number().int().openapi({ description: 'New items stored in the inbox before this response was sent.' }),
    duplicates: z.number().int().openapi({ description: 'Items already known (same source and external id or URL).' }),
    rejected: z.array(z.object({ index: z.number().int(), field: z.string(), problem: z.string() })),
  })
  .openapi('IntakeResult');

export type MentionView = z.infer<typeof mentionViewSchema>;
export type MentionPage = z.infer<typeof mentionPageSchema>;
export type IntakeResult = z.infer<typeof intakeResultSchema>;
