/** Wire shapes of the dashboard (首页): one answer with every aggregation of a period and topic set. */
import { z } from '@hono/zod-openapi';
import { integerIn } from './common.js';

const time = z.string().datetime({ offset: true }).optional();

export const dashboardQuerySchema = z.object({
  from: time.openapi({ description: 'Start of the period, ISO 8601 (default: 7 days before `to`). Widened to the whole hour.' }),
  to: time.openapi({ description: 'End of the period, exclusive, ISO 8601 (default: now). Widened to the whole hour.' }),
  topics: z
    .string()
    .regex(/^[1-9][0-9]{0,15}(,[1-9][0-9]{0,15}){0,49}$/, 'expected topic ids separated by commas')
    .transform((v) => v.split(',').map(Number))
    .optional()
    .openapi({
      type: 'string',
      example: '3,7',
      description:
        'Topic ids, comma-separated (at most 50): count only mentions of these topics (a mention matching two is counted under each). Share of voice compares them; without them it compares every active topic.',
    }),
  bucket: z.enum(['hour', 'day']).optional().openapi({ description: 'Volume buckets (default: hour for periods up to 3 days, else day).' }),
  tz: integerIn(-720, 840)
    .default(0)
    .openapi({ type: 'integer', description: 'Minutes east of UTC where day buckets start (480 for China).' }),
});

const counted = z.object({
  value: z.string(),
  label: z.string().openapi({ description: 'What to show (a source’s name).' }),
  count: z.number().int(),
});
const sentimentCounts = z.object({
  positive: z.number().int(),
  neutral: z.number().int(),
  negative: z.number().int(),
  total: z.number().int().openapi({ description: 'Every mention, including those without a sentiment.' }),
  index: z.number().nullable().openapi({ description: '(positive − negative) / total, null when total is 0.' }),
});

export const dashboardSchema = z
  .object({
    from: z.string(),
    to: z.string(),
    bucket: z.enum(['hour', 'day']),
    total: z.number().int(),
    sentiment: sentimentCounts,
    channels: z.array(z.object({ channel: z.string(), count: z.number().int() })),
    volume: z.array(
      sentimentCounts.extend({
        at: z.string().openapi({ description: 'Bucket start, ISO 8601.' }),
        channels: z.record(z.string(), z.number().int()),
      }),
    ),
    shareOfVoice: z.array(z.object({ topicId: z.number().int(), name: z.string(), count: z.number().int(), share: z.number() })),
    keywords: z.array(counted),
    sources: z.array(counted),
    authors: z.array(counted),
    provinces: z.array(counted),
    countries: z.array(counted.extend({ en: z.string().nullable().openapi({ description: 'The English name, for a world map.' }) })),
    highRisk: z.array(
      z.object({
        id: z.number().int(),
        title: z.string(),
        author: z.string().nullable(),
        source: z.string(),
        channel: z.string().nullable(),
        at: z.string(),
        reach: z.number().int(),
        url: z.string().nullable(),
        level: z
          .number()
          .int()
          .min(1)
          .max(4)
          .nullable()
          .openapi({ description: 'Severity level 1–4 (I 特别重大 … IV 一般) as graded when stored; null before grading.' }),
      }),
    ),
  })
  .openapi('Dashboard');

export type Dashboard = z.infer<typeof dashboardSchema>;
