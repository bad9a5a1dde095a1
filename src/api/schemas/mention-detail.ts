/** Wire shapes of a mention's detail (all its analysis) and of an analyst's sentiment correction. */
import { z } from '@hono/zod-openapi';
import { pathId, workspaceIdParam } from './common.js';
import { mentionAnalysisSchema, sentimentLabelSchema } from './mention-analysis.js';
import { mentionViewSchema } from './mentions.js';

export const mentionParams = workspaceIdParam.extend({ mentionId: pathId('mentionId') });

export const sentimentCorrectionSchema = z
  .object({
    id: z.number().int(),
    label: sentimentLabelSchema,
    score: z.number(),
    at: z.string().openapi({ description: 'ISO 8601, UTC.' }),
    by: z.object({ userId: z.number().int().nullable(), username: z.string().nullable(), displayName: z.string().nullable() }),
  })
  .openapi('SentimentCorrection');

export const mentionDetailSchema = mentionViewSchema
  .extend({
    channel: z.string().nullable(),
    platform: z.string().nullable(),
    regionLabel: z.string().nullable(),
    sentiment: z
      .object({
        label: sentimentLabelSchema,
        score: z.number(),
        corrected: z.boolean(),
        corrections: z.array(sentimentCorrectionSchema).openapi({ description: 'Newest first.' }),
      })
      .nullable(),
    tags: z
      .array(z.object({ kind: z.string(), value: z.string() }))
      .openapi({ description: 'Labels: sentiment, category, region, emotion, keyword, person, org…' }),
    topics: z.array(z.object({ id: z.number().int(), name: z.string() })),
    categories: z.array(z.object({ key: z.string(), name: z.string() })).openapi({ description: 'Categories with their display names.' }),
    duplicateOf: z
      .object({ id: z.number().int(), title: z.string() })
      .nullable()
      .openapi({ description: 'The original this mention copies.' }),
    copies: z.number().int().openapi({ description: 'Stored mentions that copy this one.' }),
    analysis: mentionAnalysisSchema.openapi({
      description: 'Keywords with weights, entities, regions, emotion scores, categories, sentiment details, collection notes.',
    }),
  })
  .openapi('MentionDetail');

export const correctSentimentBodySchema = z.object({ label: sentimentLabelSchema }).openapi('SentimentCorrectionRequest');

export type MentionDetail = z.infer<typeof mentionDetailSchema>;
export type SentimentCorrectionView = z.infer<typeof sentimentCorrectionSchema>;
export type SentimentLabelValue = z.infer<typeof sentimentLabelSchema>;
