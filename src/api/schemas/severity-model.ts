/**
 * Wire shapes of a workspace's severity settings: the model (`src/severity/model.ts`, checked against it both ways at
 * compile time), the KOL threshold, and the workspace's own authority tiers per source, web domain and account.
 */
import { z } from '@hono/zod-openapi';
import { AUTHORITY_TIERS, type SeverityModel } from '../../severity/index.js';
import { pathId, workspaceIdParam } from './common.js';

const weight = z.number().min(0).max(1000);
const unit = z.number().min(0).max(1);
const score = z.number().gt(0).max(100);
const positive = z.number().gt(0).max(1e12);
const thresholds = z.object({ 1: score, 2: score, 3: score }).openapi({ description: 'Lowest score of levels I, II and III.' });

export const authorityTierSchema = z.enum(AUTHORITY_TIERS).openapi({
  description: 'central 中央媒体, provincial 省级及地方媒体, industry 行业媒体, kol 自媒体/大V, ordinary 论坛及普通用户.',
});

export const severityModelSchema = z
  .object({
    weights: z
      .object({
        negativity: weight,
        reach: weight,
        authority: weight,
        pickup: weight,
        velocity: weight,
        growth: weight,
        sensitive: weight,
        spread: weight,
      })
      .openapi({ description: 'Relative weight of each factor; the score is the weighted mean of their strengths × 100.' }),
    thresholds,
    mentionThresholds: thresholds,
    tierStrength: z.object({ central: unit, provincial: unit, industry: unit, kol: unit, ordinary: unit }),
    sensitiveCategories: z
      .record(z.string().regex(/^[a-z][a-z0-9_]{0,39}$/, 'a category key'), unit)
      .openapi({ description: 'Category key → strength in [0, 1]; the strengths of the categories present add up, capped at 1.' }),
    sensitiveMinShare: unit,
    sensitiveMinMentions: z.number().int().min(1).max(1_000_000),
    scales: z.object({
      reachFull: positive,
      pickupFull: positive,
      velocityFull: positive,
      growthFull: positive,
      growthMinMentions: positive,
      spreadFull: positive,
    }),
  })
  .openapi('SeverityModel');

type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
type Holds<T extends true> = T;
export type SeverityModelWireIsDomain = Holds<Same<z.infer<typeof severityModelSchema>, SeverityModel>>;

const kolFollowers = z
  .number()
  .int()
  .min(1)
  .max(1e12)
  .openapi({ description: 'Followers from which an account without an entry is a KOL.' });

export const severitySettingsViewSchema = z
  .object({
    model: severityModelSchema,
    kolFollowers,
    defaults: z.object({ model: severityModelSchema, kolFollowers }),
    custom: z.boolean().openapi({ description: 'False while the workspace uses the defaults.' }),
    updatedAt: z.string().nullable(),
    updatedBy: z.string().nullable().openapi({ description: 'Username of the admin who saved it.' }),
  })
  .openapi('SeveritySettings');

export const putSeveritySettingsSchema = z
  .object({ model: severityModelSchema, kolFollowers: kolFollowers.optional() })
  .openapi('PutSeveritySettingsRequest');

export const tierEntryKindSchema = z.enum(['source', 'domain', 'account']);

export const tierEntryViewSchema = z
  .object({
    id: z.number().int(),
    kind: tierEntryKindSchema,
    name: z.string().openapi({ description: 'The domain, the account name, or the source id.' }),
    sourceId: z.number().int().nullable(),
    sourceName: z.string().nullable().openapi({ description: 'For a source entry, the source’s name.' }),
    tier: authorityTierSchema,
    defaultTier: authorityTierSchema.nullable().openapi({ description: 'What the default table says of this domain or account.' }),
    note: z.string().nullable(),
    updatedAt: z.string(),
  })
  .openapi('TierEntry');

const defaultEntry = z.object({ name: z.string(), tier: authorityTierSchema });

export const tierEntryListSchema = z
  .object({
    items: z.array(tierEntryViewSchema),
    defaults: z
      .object({ domains: z.array(defaultEntry), accounts: z.array(defaultEntry) })
      .openapi({ description: 'The default tier table.' }),
  })
  .openapi('TierEntryList');

export const putTierEntrySchema = z
  .object({
    kind: tierEntryKindSchema,
    name: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ description: 'The domain (or a URL on it) or the account name; not for a source.', example: 'thepaper.cn' }),
    sourceId: z.number().int().positive().optional().openapi({ description: 'The source, for kind source.' }),
    tier: authorityTierSchema,
    note: z.string().trim().max(500).optional(),
  })
  .refine((b) => (b.kind === 'source' ? b.sourceId !== undefined : b.name !== undefined), {
    message: 'a source entry needs sourceId, a domain or account entry needs name',
  })
  .openapi('PutTierEntryRequest');

export const tierEntryParams = workspaceIdParam.extend({ entryId: pathId('entryId') });

export type SeveritySettingsView = z.infer<typeof severitySettingsViewSchema>;
export type TierEntryView = z.infer<typeof tierEntryViewSchema>;
export type TierEntryList = z.infer<typeof tierEntryListSchema>;
export type PutTierEntry = z.infer<typeof putTierEntrySchema>;
