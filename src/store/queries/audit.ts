/**
 * The append-only audit log: one entry per write and per login attempt. Entries are only
 * ever inserted (the table refuses UPDATE and DELETE); reading is scoped by workspace.
 */
import { numOrNull, type Q } from './executor.js';

export interface AuditInput {
  workspaceId: number | null;
  actorUserId: number | null;
  actorTokenId: number | null;
  /** `<resource>.<verb>`, e.g. `auth.login`, `topic.create`, `mentions.intake`. */
  action: string;
  targetType?: string | null;
  targetId?: string | number | null;
  ip: string | null;
  userAgent: string | null;
  details?: Record<string, unknown>;
  now: number;
}

export interface AuditRecord {
  id: number;
  workspaceId: number | null;
  actorUserId: number | null;
  actorUsername: string | null;
  actorTokenId: number | null;
  action: string;
  targetType: string | null;
  targetId: string | null;
  ip: string | null;
  userAgent: string | null;
  details: Record<string, unknown>;
  createdAt: number;
}

function parseDetails(text: string): Record<string, unknown> {
  try {
    const v: unknown = JSON.parse(text);
    return typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Record<string, unknown>) : { value: v };
  } catch {
    return { raw: text };
  }
}

export const auditQueries = {
  async record(q: Q, e: AuditInput): Promise<void> {
    await q
      .insertInto('audit_log')
      .values({
        workspace_id: e.workspaceId,
        actor_user_id: e.actorUserId,
        actor_token_id: e.actorTokenId,
        action: e.action,
        target_type: e.targetType ?? null,
        target_id: e.targetId === undefined || e.targetId === null ? null : String(e.targetId),
        ip: e.ip,
        user_agent: e.userAgent,
        details: JSON.stringify(e.details ?? {}),
        created_at: e.now,
      })
      .execute();
  },

  /** One workspace's entries, newest first; `beforeId` continues from the previous page. */
  async page(q: Q, workspaceId: number, opts: { limit: number; beforeId?: number }): Promise<AuditRecord[]> {
    let query = q
      .selectFrom('audit_log')
      .leftJoin('users', 'users.id', 'audit_log.actor_user_id')
      .selectAll('audit_log')
      .select('users.username')
      .where('audit_log.workspace_id', '=', workspaceId);
    if (opts.beforeId !== undefined) query = query.where('audit_log.id', '<', opts.beforeId);
    const rows = await query.orderBy('audit_log.id', 'desc').limit(opts.limit).execute();
    return rows.map((r) => ({
      id: Number(r.id),
      workspaceId: numOrNull(r.workspace_id),
      actorUserId: numOrNull(r.actor_user_id),
      actorUsername: r.username ?? null,
      actorTokenId: numOrNull(r.actor_token_id),
      action: r.action,
      targetType: r.target_type,
      targetId: r.target_id,
      ip: r.ip,
      userAgent: r.user_agent,
      details: parseDetails(r.details),
      createdAt: Number(r.created_at),
    }));
  },
};
