/** Wire shapes for search (the topic query language over stored mentions) and for topic preview and apply. */
import { z } from '@hono/zod-openapi';
import { COUNT_CAP } from '../../domain/search-limits.js';
import { TOPIC_TRIAL_DAYS } from '../../domain/topic-window.js';
import { integerIn, positiveInteger } from './common.js';

const time = z.string().datetime({ offset: true }).optional().openapi({ description: 'ISO 8601.' });
const text = (description: string) => z.string().trim().min(1).max(200).optional().openapi({ description });

export const searchQuerySchema = z.object({
  q: z.string().max(20_000).optional().openapi({ description: 'A query in the topic query language; empty lists everything.' }),
  from: time,
  to: time,
  topic: positiveInteger().optional().openapi({ type: 'integer' }),
  sentiment: z.enum(['positive', 'neutral', 'negative']).optional(),
  channel: text('Channel kind (news, social, forum, video…).'),
  source: text('Source key.'),
  event: positiveInteger().optional().openapi({ type: 'integer', description: 'Only mentions of this event.' }),
  severity: z
    .string()
    .regex(/^[1-4](,[1-4]){0,3}$/, 'expected levels 1–4 separated by commas')
    .transform((v) => v.split(',').map(Number))
    .optional()
    .openapi({
      type: 'string',
      example: '1,2',
      description: 'Only mentions graded at these levels (1–4, I the most severe), comma-separated.',
    }),
  lang: text('Language tag; `zh` also matches `zh-Hant`.'),
  region: text('Region label or region tag.'),
  authorRegion: text("The author's region (the platform's IP属地 label resolved to a place)."),
  category: text('Category tag.'),
  sort: z.enum(['time', 'relevance', 'reach']).default('time').openapi({
    description:
      'Newest first, widest reach first, or most relevant first (relevance ranks the matches the facets count: see `facetsBasis`).',
  }),
  limit: integerIn(1, 100).default(20).openapi({ type: 'integer' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
  count: z
    .enum(['capped', 'exact'])
    .default('capped')
    .openapi({
      description: `\`capped\` (default): at most ${COUNT_CAP.toLocaleString('en')} of the index's candidates are checked for the total and the facets; when there are more, \`totalCapped\` says "at least \`total\`" and the facets count those matches (\`facetsBasis.kind\` = \`sample\`). \`exact\`: count every match, facets over all (slower for broad queries).`,
    }),
  fold: z
    .enum(['true', 'false'])
    .default('true')
    .transform((v) => v === 'true')
    .openapi({
      type: 'boolean',
      description:
        'Fold repost families (default true): a copy is left out when its original matches too; each hit says its family and how many others it has.',
    }),
});

/** The same search as a JSON body (POST), for queries too long for a URL; numbers are JSON numbers. */
export const searchBodySchema = searchQuerySchema
  .extend({
    topic: z.number().int().positive().optional(),
    event: z.number().int().positive().optional(),
    limit: z.number().int().min(1).max(100).default(20),
    fold: z.boolean().default(true),
  })
  .strict()
  .openapi('SearchRequest');

export const searchHitSchema = z
  .object({
    id: z.number().int(),
    source: z.string(),
    sourceName: z.string().openapi({ description: "The source's name (its key until someone names it)." }),
    url: z.string().nullable(),
    author: z.string().nullable(),
    at: z.string().openapi({ description: 'Published (else collected) time, ISO 8601.' }),
    channel: z.string().nullable(),
    lang: z.string().nullable(),
    sentiment: z.string().nullable(),
    reach: z.number().int(),
    titleHtml: z.string().openapi({ description: 'The title, HTML-escaped, with <mark> around matches.' }),
    snippetHtml: z.string().openapi({ description: 'A part of the text, HTML-escaped, with <mark> around matches.' }),
    familyId: z.number().int().openapi({ description: "The repost family's original: its own id unless it is a copy." }),
    similar: z.number().int().openapi({ description: 'Other stored members of its repost family (相似 N 条); 0 when none.' }),
  })
  .openapi('SearchHit');

const facet = z.array(z.object({ value: z.string(), count: z.number().int() }));

export const searchResultSchema = z
  .object({
    items: z.array(searchHitSchema),
    nextCursor: z.string().nullable(),
    total: z
      .number()
      .int()
      .openapi({ description: 'Matches (families folded unless `fold=false`); at least this many when `totalCapped`.' }),
    totalCapped: z
      .boolean()
      .openapi({ description: 'True when counting stopped: there are at least `total` matches. `count=exact` counts them all.' }),
    query: z.string().nullable().openapi({ description: 'The normalized query.' }),
    facets: z.object({
      channel: facet,
      sentiment: facet,
      source: facet,
      lang: facet,
      region: facet.openapi({ description: 'Places the text mentions.' }),
      authorRegion: facet.openapi({ description: 'Where the author posted from (IP属地).' }),
      category: facet,
      topic: facet,
    }),
    facetsBasis: z
      .object({ kind: z.enum(['all', 'sample']), size: z.number().int() })
      .openapi({ description: 'What the facets count: `all` matches, or a `sample` of the `size` newest matches.' }),
  })
  .openapi('SearchResult');

export const familyQuerySchema = z.object({
  limit: integerIn(1, 100).default(20).openapi({ type: 'integer' }),
  cursor: z.string().max(200).optional().openapi({ description: 'The `nextCursor` of the previous page.' }),
});

export const familyResultSchema = z
  .object({
    originalId: z.number().int(),
    total: z.number().int().openapi({ description: 'Members of the family: the original and its stored copies.' }),
    items: z.array(searchHitSchema).openapi({ description: 'The original first, then copies oldest first; no <mark>.' }),
    nextCursor: z.string().nullable(),
  })
  .openapi('MentionFamily');

/** The one window topic preview and apply look back over, in days, unless the caller gives a range. */

const windowSchema = z.object({ from: z.string(), to: z.string() }).openapi({
  description: `The time range looked at, [from, to), ISO 8601: the last ${TOPIC_TRIAL_DAYS} days unless a range was given.`,
});

export const previewBodySchema = z.object({ query: z.string().trim().min(1).max(20_000) }).openapi('TopicPreviewRequest');

export const previewResultSchema = z
  .object({
    count: z.number().int().openapi({ description: 'Mentions in the window the query matches.' }),
    query: z.string(),
    sample: z.array(searchHitSchema),
    window: windowSchema,
  })
  .openapi('TopicPreview');

export const applyBodySchema = z.object({ from: time, to: time }).openapi('TopicApplyRequest');

export const applyResultSchema = z
  .object({
    matched: z.number().int().openapi({ description: 'Stored mentions in the range the topic matches.' }),
    added: z.number().int().openapi({ description: 'Of those, newly tagged (the rest already were).' }),
    window: windowSchema,
  })
  .openapi('TopicApplyResult');

export type SearchHitView = z.infer<typeof searchHitSchema>;
export type SearchResult = z.infer<typeof searchResultSchema>;
export type MentionFamily = z.infer<typeof familyResultSchema>;
export type TopicPreview = z.infer<typeof previewResultSchema>;
export type TopicApplyResult = z.infer<typeof applyResultSchema>;
