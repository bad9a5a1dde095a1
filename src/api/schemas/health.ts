/** Wire shapes for the liveness and readiness probes. */
import { z } from '@hono/zod-openapi';

export const healthSchema = z.object({ status: z.literal('ok') }).openapi('Health');
export const readySchema = z.object({ status: z.literal('ready') }).openapi('Ready');
