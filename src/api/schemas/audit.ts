/** Wire shapes for reading a workspace's append-only audit log. */
import { z } from '@hono/zod-openapi';

export const auditEntryViewSchema = z
  .object({
    id: z.number().int(),
    at: z.string(),
    action: z.string().openapi({ example: 'topic.create' }),
    actor: z.object({
      userId: z.number().int().nullable(),
      username: z.string().nullable(),
      tokenId: z.number().int().nullable(),
    }),
    targetType: z.string().nullable(),
    targetId: z.string().nullable(),
    ip: z.string().nullable(),
    userAgent: z.string().nullable(),
    details: z.record(z.string(), z.unknown()),
  })
  .openapi('AuditEntry');

export const auditPageSchema = z
  .object({
    items: z.array(auditEntryViewSchema),
    nextCursor: z.string().nullable(),
  })
  .openapi('AuditPage');

export type AuditEntryView = z.infer<typeof auditEntryViewSchema>;
export type AuditPage = z.infer<typeof auditPageSchema>;
