/** Wire shapes for sources: where mentions come from (a feed, a site, an account, an API, an import), their health and trial runs. */
import { z } from '@hono/zod-openapi';
import { pathId, workspaceIdParam } from './common.js';

const sourceName = z.string().trim().min(1).max(200);
const sourceKind = z
  .string()
  .trim()
  .regex(/^[a-z][a-z0-9_-]{0,39}$/, 'expected a short lower-case word such as feed, site, rsshub, api, import')
  .openapi({ example: 'feed' });
const sourceConfig = z
  .record(z.string(), z.unknown())
  .openapi({ description: 'The type\'s settings, checked against its schema (e.g. `{ "url": "https://…/rss.xml" }` for `feed`).' });

export const sourceHealthSchema = z
  .object({
    status: z.enum(['ok', 'failing', 'waiting', 'paused', 'push']).openapi({
      description:
        'ok: last pass succeeded; failing: last pass failed; waiting: never collected yet; paused; push: not collected (API or import).',
    }),
    lastAttemptAt: z.string().nullable(),
    lastSuccessAt: z.string().nullable(),
    lastError: z.string().nullable().openapi({ description: 'The last failure in plain words; null after a success.' }),
    lastNote: z.string().nullable().openapi({ description: 'A remark from the last pass (e.g. "feed cut to 10,000 of 100,000 items").' }),
    lastItemCount: z.number().int(),
    consecutiveFailures: z.number().int(),
    intervalSeconds: z.number().int().nullable().openapi({
      description: 'The effective interval between passes now (adapted to the source’s rate); null for push sources.',
    }),
    defaultIntervalSeconds: z.number().int().nullable().openapi({
      description: 'The interval of this kind on automatic (its base); null for push sources.',
    }),
    minIntervalSeconds: z.number().int().nullable().openapi({
      description: 'The floor for this source’s host: the shortest interval it may be set to or adapt to; null for push sources.',
    }),
    lastNewItemAt: z.string().nullable().openapi({ description: 'When a pass last brought a new item; null if none yet.' }),
    nextCheckAt: z.string().nullable(),
    itemsToday: z.number().int().openapi({ description: 'Mentions collected from the source in the last 24 hours.' }),
  })
  .openapi('SourceHealth');

export const sourceViewSchema = z
  .object({
    id: z.number().int(),
    key: z.string().openapi({ description: 'The `source` value incoming items carry.' }),
    name: z.string(),
    kind: z.string(),
    active: z.boolean(),
    createdAt: z.string(),
    config: z.record(z.string(), z.unknown()),
    intervalSeconds: z.number().int().nullable().openapi({ description: 'The interval set for this source; null = automatic.' }),
    health: sourceHealthSchema,
  })
  .openapi('Source');

export const sourceDetailSchema = sourceViewSchema
  .extend({ itemsPerDay: z.array(z.object({ day: z.string(), count: z.number().int() })) })
  .openapi('SourceDetail');

export const sourceListSchema = z.object({ items: z.array(sourceViewSchema) }).openapi('SourceList');

const intervalSetting = z.number().int().min(1).max(86_400).nullable().openapi({
  example: 60,
  description:
    'Seconds between passes; null = automatic (the kind’s default, adapted to the rate). At least the host floor. A set interval is the longest a working source waits; when busy it is checked up to twice as often.',
});

export const createSourceBodySchema = z
  .object({
    key: z
      .string()
      .trim()
      .min(1)
      .max(200)
      .optional()
      .openapi({ example: 'news.example.com', description: 'Derived from the kind and address when absent.' }),
    name: sourceName,
    kind: sourceKind,
    active: z.boolean().optional(),
    config: sourceConfig.optional(),
    intervalSeconds: intervalSetting.optional(),
  })
  .openapi('CreateSourceRequest');

export const patchSourceBodySchema = z
  .object({
    name: sourceName.optional(),
    kind: sourceKind.optional(),
    active: z.boolean().optional(),
    config: sourceConfig.optional(),
    intervalSeconds: intervalSetting.optional(),
  })
  .refine((b) => Object.values(b).some((v) => v !== undefined), {
    message: 'change at least one of name, kind, active, config, intervalSeconds',
  })
  .openapi('PatchSourceRequest');

export const trySourceBodySchema = z.object({ kind: sourceKind, config: sourceConfig }).openapi('TrySourceRequest');

export const trialItemSchema = z.object({
  title: z.string().nullable(),
  url: z.string().nullable(),
  author: z.string().nullable(),
  publishedAt: z.string().nullable(),
  text: z.string().openapi({ description: 'The first 300 characters.' }),
  channel: z.string().nullable(),
  platform: z.string().nullable(),
});

export const trialResultSchema = z
  .object({
    ok: z.boolean(),
    error: z.string().nullable(),
    note: z.string().nullable(),
    notModified: z.boolean(),
    elapsedMs: z.number().int(),
    total: z.number().int().openapi({ description: 'Items the pass would collect (the first 50 are listed).' }),
    items: z.array(trialItemSchema),
  })
  .openapi('SourceTrial');

export const sourceTypeListSchema = z
  .object({
    items: z.array(
      z.object({
        kind: z.string(),
        label: z.object({ zh: z.string(), en: z.string() }),
        defaultIntervalSeconds: z.number().int(),
        minIntervalSeconds: z.number().int().openapi({
          description: 'The host floor for this kind’s default host (the default floor when the host comes from the settings).',
        }),
      }),
    ),
  })
  .openapi('SourceTypeList');

export const sourceParams = workspaceIdParam.extend({ sourceId: pathId('sourceId') });

export type SourceView = z.infer<typeof sourceViewSchema>;
export type SourceHealthView = z.infer<typeof sourceHealthSchema>;
export type SourceDetail = z.infer<typeof sourceDetailSchema>;
export type CreateSourceBody = z.infer<typeof createSourceBodySchema>;
export type PatchSourceBody = z.infer<typeof patchSourceBodySchema>;
export type TrySourceBody = z.infer<typeof trySourceBodySchema>;
export type TrialResult = z.infer<typeof trialResultSchema>;
export type TrialItem = z.infer<typeof trialItemSchema>;
export type SourceTypeList = z.infer<typeof sourceTypeListSchema>;
