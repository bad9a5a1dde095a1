/** Wire shapes for the liveness and readiness probes. */
import { z } from '@hono/zod-openapi';

export const healthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
/** A part of the server still starting in the background while the API already answers. */
export const startingSchema = z.object({ part: z.string(), doing: z.string() });
export type Starting = z.infer<typeof startingSchema>;

export const readySchema = z
  .object({
    status: z.literal('ready'),
    /** Parts still starting, e.g. the embedded pipeline worker loading its models; absent when none. */
    starting: z.array(startingSchema).optional(),
  })
  .openapi('Ready');
