/**
 * The wire shape of a mention's analysis: the type declared in `src/domain/analysis.ts`, as a zod schema for the
 * OpenAPI document. The compiler checks that the two agree both ways, so neither can change without the other.
 */
import { z } from '@hono/zod-openapi';
import { EMOTIONS, ENTITY_KINDS, type MentionAnalysis, type SentimentLabel } from '../../domain/analysis.js';

export const sentimentLabelSchema = z.enum(['positive', 'neutral', 'negative']) satisfies z.ZodType<SentimentLabel>;

const place = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('province'), province: z.string() }),
  z.object({ kind: z.literal('city'), province: z.string(), city: z.string() }),
  z.object({ kind: z.literal('country'), country: z.string() }),
]);

export const mentionAnalysisSchema = z
  .object({
    notes: z.array(z.string()).optional().openapi({ description: 'Remarks collection left on the item.' }),
    sentiment: z
      .object({
        by: z.enum(['zh', 'en']),
        base: z.object({ label: sentimentLabelSchema, score: z.number() }),
        adapted: z.boolean(),
        copyOf: sentimentLabelSchema.nullable(),
      })
      .optional()
      .openapi({ description: "The model's own reading, and whether the workspace's adjustment layer changed it." }),
    keywords: z.array(z.object({ word: z.string(), weight: z.number() })).optional(),
    entities: z.array(z.object({ name: z.string(), kind: z.enum(ENTITY_KINDS), count: z.number().int() })).optional(),
    regions: z.object({ author: place.nullable(), mentioned: z.array(place), unresolvedLabel: z.string().optional() }).optional(),
    emotions: z.record(z.enum(EMOTIONS), z.number()).optional().openapi({ description: 'Each emotion in [0, 1].' }),
    categories: z.array(z.string()).optional().openapi({ description: 'Keys of the categories that match.' }),
  })
  .openapi('MentionAnalysis') satisfies z.ZodType<MentionAnalysis>;

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
/** Compiles only while the schema's type and the domain type are the same, both ways. */
export type AnalysisWireIsDomain = Holds<Same<z.infer<typeof mentionAnalysisSchema>, MentionAnalysis>>;
