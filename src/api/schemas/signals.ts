/** Wire shapes of the burst signals (突发信号): spikes in a topic's hourly volume, as the detector found them. */
import { z } from '@hono/zod-openapi';
import { integerIn } from './common.js';

const time = z.string().datetime({ offset: true }).optional();

export const signalsQuerySchema = z.object({
  from: time.openapi({ description: 'Start of the period, ISO 8601 (default: 7 days before `to`).' }),
  to: time.openapi({ description: 'End of the period, exclusive, ISO 8601 (default: now).' }),
  topics: z
    .string()
    .regex(/^[1-9][0-9]{0,15}(,[1-9][0-9]{0,15}){0,49}$/, 'expected topic ids separated by commas')
    .transform((v) => v.split(',').map(Number))
    .optional()
    .openapi({ type: 'string', example: '3,7', description: 'Topic ids, comma-separated (at most 50): only their signals.' }),
  limit: integerIn(1, 500).default(100).openapi({ type: 'integer', description: 'At most this many, newest first (default 100).' }),
});

export const signalSchema = z
  .object({
    id: z.number().int(),
    topicId: z.number().int(),
    topicName: z.string(),
    eventId: z.number().int().nullable().openapi({ description: 'The event the spike belongs to, when known.' }),
    at: z.string().openapi({ description: 'Start of the hour at which the spike was detected (ISO 8601).' }),
    score: z.number().openapi({ description: '−log10 of the chance of so many mentions in the window if nothing happened.' }),
    windowMs: z.number().int().openapi({ description: 'Length of the window that fired (1 h, 6 h or 24 h).' }),
    count: z.number().openapi({ description: 'Mentions in that window.' }),
    expected: z.number().openapi({ description: 'Mentions expected in that window (level × hour-of-week profile, holidays as Sundays).' }),
    start: z.string().openapi({ description: 'First hour of the spike.' }),
    warmingUp: z.boolean().openapi({ description: 'True while the topic had less than a week of history (threshold raised).' }),
  })
  .openapi('Signal');

export const signalListSchema = z.object({ signals: z.array(signalSchema) }).openapi('SignalList');
export type SignalWire = z.infer<typeof signalSchema>;
