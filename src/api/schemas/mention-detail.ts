/** Wire shapes of a mention's detail (all its analysis) and of an analyst's sentiment correction. */
import { z } from '@hono/zod-openapi';
import { pathId, workspaceIdParam } from './common.js';
import { severityDetailSchema } from './events.js';
import { mentionAnalysisSchema, sentimentLabelSchema } from './mention-analysis.js';
import { mentionViewSchema } from './mentions.js';

export const mentionParams = workspaceIdParam.extend({ mentionId: pathId('mentionId') });

export const mentionDetailQuerySchema = z.object({
  lang: z
    .enum(['zh', 'en'])
    .optional()
    .openapi({ description: 'Language of the severity explanation; else Accept-Language, else Chinese.' }),
});

const level = z.number().int().min(1).max(4).openapi({ description: 'Severity level 1–4: I 特别重大, II 重大, III 较大, IV 一般.' });

export const mentionSeveritySchema = z
  .object({
    level,
    label: z.string().openapi({ description: 'The level in words in the asked language: "II 重大", "II Serious".' }),
    score: z.number().openapi({ description: '0–100.' }),
    explanation: z.string().openapi({ example: 'III 较大（41.2 分）：负面，传播量 1.2 万，信源为中央媒体，涉及伤亡' }),
    factors: severityDetailSchema.shape.factors.openapi({
      description: 'The factors a mention is scored on (negativity, reach, source authority, sensitive categories), with their points.',
    }),
  })
  .openapi('MentionSeverity');

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
    severity: mentionSeveritySchema.nullable().openapi({
      description:
        'For a high-risk (negative) mention, its level and the factors behind it, graded now with the workspace’s model and tiers; else null.',
    }),
    event: z
      .object({ id: z.number().int(), title: z.string() })
      .nullable()
      .openapi({ description: 'The event the mention belongs to, once clustered.' }),
    analysis: mentionAnalysisSchema.openapi({
      description: 'Keywords with weights, entities, regions, emotion scores, categories, sentiment details, collection notes.',
    }),
  })
  .openapi('MentionDetail');

export const correctSentimentBodySchema = z.object({ label: sentimentLabelSchema }).openapi('SentimentCorrectionRequest');

export type MentionDetail = z.infer<typeof mentionDetailSchema>;
export type MentionSeverity = z.infer<typeof mentionSeveritySchema>;
export type SentimentCorrectionView = z.infer<typeof sentimentCorrectionSchema>;
export type SentimentLabelValue = z.infer<typeof sentimentLabelSchema>;
