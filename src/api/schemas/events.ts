/**
 * Wire shapes of events (舆情事件): the list, one event's page, and the analysts' corrections (rename, merge, move,
 * split) and severity override. Levels are 1–4 (I–IV, I the most severe); times are ISO 8601 UTC.
 */
import { z } from '@hono/zod-openapi';
import { integerIn, pageQuery, pathId } from './common.js';

export const EVENT_STATUSES = ['emerging', 'rising', 'peaked', 'declining', 'ended'] as const;
export type EventStatus = (typeof EVENT_STATUSES)[number];

const level = z.number().int().min(1).max(4).openapi({ description: 'Severity level 1–4: I 特别重大, II 重大, III 较大, IV 一般.' });
const time = z.string().datetime({ offset: true });

export const eventListQuerySchema = pageQuery.extend({
  status: z
    .string()
    .regex(
      /^(emerging|rising|peaked|declining|ended)(,(emerging|rising|peaked|declining|ended)){0,4}$/,
      'expected statuses separated by commas',
    )
    .transform((v) => v.split(',') as EventStatus[])
    .optional()
    .openapi({ type: 'string', example: 'emerging,rising', description: 'Statuses, comma-separated.' }),
  severity: z
    .string()
    .regex(/^[1-4](,[1-4]){0,3}$/, 'expected levels 1–4 separated by commas')
    .transform((v) => v.split(',').map(Number))
    .optional()
    .openapi({ type: 'string', example: '1,2', description: 'Shown levels (an override counts), comma-separated.' }),
  topic: z
    .string()
    .regex(/^[1-9][0-9]{0,15}$/, 'expected a topic id')
    .transform(Number)
    .optional()
    .openapi({ type: 'integer', description: 'Only events with mentions of this topic.' }),
  from: time.optional().openapi({ description: 'Events active at or after this time (last mention ≥ from).' }),
  to: time.optional().openapi({ description: 'Events that began before this time (first mention < to).' }),
  q: z.string().max(200).optional().openapi({ description: 'Words in the title or keywords.' }),
  sort: z.enum(['severity', 'recent', 'size']).default('severity').openapi({
    description: 'severity: most severe first, then most recent; recent: latest mention first; size: most mentions first.',
  }),
  tz: integerIn(-720, 840).default(0).openapi({ type: 'integer', description: 'Minutes east of UTC, for hourly buckets.' }),
});

const counted = z.object({ value: z.string(), label: z.string(), count: z.number().int() });

const sentimentMix = z.object({
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
});

export const shownSeveritySchema = z
  .object({
    level: level
      .nullable()
      .openapi({ description: 'The level shown: the override if there is one, else the computed level; null before any is computed.' }),
    computed: level.nullable(),
    score: z.number().nullable().openapi({ description: 'The computed score, 0–100.' }),
    overridden: z.boolean(),
  })
  .openapi('ShownSeverity');

export const eventSummarySchema = z
  .object({
    id: z.number().int(),
    title: z.string().openapi({ description: 'The analyst’s title if renamed, else the most representative mention’s title.' }),
    renamed: z.boolean(),
    status: z.enum(EVENT_STATUSES),
    severity: shownSeveritySchema,
    mentions: z.number().int(),
    firstAt: z.string(),
    lastAt: z.string(),
    lastHour: z.number().int().openapi({ description: 'Mentions in the last hour before the event’s latest mention.' }),
    keywords: z.array(z.string()),
    sentiment: sentimentMix,
    channels: z.array(z.object({ channel: z.string(), count: z.number().int() })),
    topics: z.array(z.object({ id: z.number().int(), name: z.string() })),
    mergedInto: z.number().int().nullable().openapi({ description: 'The event this one was merged into (then it is listed no more).' }),
  })
  .openapi('EventSummary');

export const eventListSchema = z.object({ items: z.array(eventSummarySchema), nextCursor: z.string().nullable() }).openapi('EventList');

/** A mention as an event page cites it. */
const citedMention = z.object({
  id: z.number().int(),
  title: z.string(),
  author: z.string().nullable(),
  source: z.string(),
  channel: z.string().nullable(),
  at: z.string(),
  url: z.string().nullable(),
  reach: z.number().int(),
});

const factorLine = z.object({
  factor: z.string(),
  name: z.string().openapi({ description: 'The factor’s name in the asked language.' }),
  figure: z.string().openapi({ description: 'The figure behind it in words: "78%", "12 家", "×6".' }),
  strength: z.number(),
  weight: z.number(),
  points: z.number(),
});

export const severityDetailSchema = shownSeveritySchema
  .extend({
    explanation: z.string().openapi({ example: 'II 重大: 负面 78%，12 家媒体转载，其中中央媒体 1 家；每小时 340 条，较前 12 小时 ×6' }),
    factors: z.array(factorLine),
    override: z.object({ level, reason: z.string(), by: z.string().nullable(), at: z.string() }).nullable(),
    history: z.array(z.object({ at: z.string(), level })).openapi({ description: 'Computed level changes, oldest first.' }),
  })
  .openapi('SeverityDetail');

const spreadNode = z.object({
  mentionId: z.number().int(),
  parentId: z.number().int().nullable(),
  edge: z.enum(['parent', 'link', 'copy']).nullable(),
  author: z.string().nullable(),
  source: z.string(),
  channel: z.string().nullable(),
  at: z.string(),
  descendants: z.number().int(),
  hidden: z.number().int().openapi({ description: 'Descendants folded away to keep the drawing small.' }),
});

export const eventCorrectionSchema = z.object({
  id: z.number().int(),
  kind: z.enum(['rename', 'merge', 'move', 'split', 'severity']),
  by: z.string().nullable(),
  at: z.string(),
  detail: z.string().openapi({ description: 'What was done, in the asked language.' }),
});

export const eventDetailSchema = eventSummarySchema
  .extend({
    summary: z
      .array(z.object({ text: z.string(), mentionId: z.number().int() }))
      .openapi({ description: 'Extractive summary; each sentence cites its mention.' }),
    origin: citedMention.nullable(),
    firstPerChannel: z.array(z.object({ channel: z.string(), mention: citedMention })),
    timeline: z.array(sentimentMix.extend({ at: z.string(), count: z.number().int() })).openapi({ description: 'Hourly buckets.' }),
    sources: z.array(counted),
    authors: z.array(counted),
    provinces: z.array(counted),
    countries: z.array(counted),
    severity: severityDetailSchema,
    spread: z.object({
      nodes: z.array(spreadNode),
      keyNodes: z.array(
        z.object({ mentionId: z.number().int(), author: z.string().nullable(), source: z.string(), onward: z.number().int() }),
      ),
      keyAccounts: z.array(
        z.object({ author: z.string(), source: z.string(), mentions: z.number().int(), onward: z.number().int(), reach: z.number().int() }),
      ),
      channels: z.array(z.object({ channel: z.string(), firstAt: z.string(), mentions: z.number().int() })),
      reach: z.array(z.object({ at: z.string(), reach: z.number().int(), cumulative: z.number().int() })),
    }),
    forecast: z
      .object({
        hours: z.array(z.object({ at: z.string(), count: z.number() })),
        error: z
          .number()
          .nullable()
          .openapi({ description: 'WAPE of this method back-tested on the event’s own past hours (null: too little history).' }),
      })
      .nullable(),
    related: z.array(z.object({ id: z.number().int(), title: z.string(), relation: z.enum(['merged', 'split', 'linked']) })),
    corrections: z.array(eventCorrectionSchema),
  })
  .openapi('EventDetail');

export const renameEventSchema = z.object({ title: z.string().trim().min(1).max(200) }).openapi('RenameEvent');
export const mergeEventsSchema = z
  .object({ from: z.array(z.number().int().positive()).min(1).max(50).openapi({ description: 'Events merged into the one in the path.' }) })
  .openapi('MergeEvents');
export const moveMentionsSchema = z
  .object({
    mentions: z.array(z.number().int().positive()).min(1).max(500),
    to: z.number().int().positive().openapi({ description: 'The event the mentions move to.' }),
  })
  .openapi('MoveMentions');
export const splitEventSchema = z
  .object({
    mentions: z
      .array(z.number().int().positive())
      .min(1)
      .max(500)
      .openapi({ description: 'Mentions that leave for a new event (their reposts follow them).' }),
    title: z.string().trim().min(1).max(200).optional(),
  })
  .openapi('SplitEvent');
export const severityOverrideSchema = z.object({ level, reason: z.string().trim().min(2).max(500) }).openapi('SeverityOverride');

export type EventSummary = z.infer<typeof eventSummarySchema>;
export type EventDetail = z.infer<typeof eventDetailSchema>;
export type EventList = z.infer<typeof eventListSchema>;

export const eventParams = z.object({
  workspaceId: pathId('workspaceId'),
  eventId: pathId('eventId'),
});

export const eventDetailQuerySchema = z.object({
  tz: integerIn(-720, 840).default(0).openapi({ type: 'integer', description: 'Minutes east of UTC, for hourly buckets.' }),
  lang: z.enum(['zh', 'en']).optional().openapi({ description: 'Language of explanations; else Accept-Language, else Chinese.' }),
});
