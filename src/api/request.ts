/** Helpers every handler uses: require a caller, authorize a workspace action, build an audit entry. */
import type { Context } from 'hono';
import { authorize } from '../auth/access.js';
import type { Principal } from '../auth/principal.js';
import type { Action } from '../domain/roles.js';
import { AppError } from '../errors/catalogue.js';
import type { AuditInput, MembershipRecord } from '../store/queries/index.js';
import type { AppEnv, RouteDeps } from './env.js';

export function requireUser(c: Context<AppEnv>): Principal {
  const principal = c.get('principal');
  if (!principal) throw new AppError('unauthenticated');
  return principal;
}

/** Authenticates, then checks membership and role in the workspace (404 for non-members, 403 for a missing grant). */
export async function requireAccess(
  c: Context<AppEnv>,
  deps: RouteDeps,
  workspaceId: number,
  action: Action,
): Promise<{ principal: Principal; membership: MembershipRecord }> {
  const principal = requireUser(c);
  const membership = await authorize(deps.db.kysely, principal.user.id, workspaceId, action);
  return { principal, membership };
}

/** An audit entry from the request: actor, address and user agent filled in. */
export function auditFrom(
  c: Context<AppEnv>,
  now: number,
  entry: Pick<AuditInput, 'action' | 'workspaceId' | 'targetType' | 'targetId' | 'details'>,
): AuditInput {
  const principal = c.get('principal');
  const client = c.get('client');
  return {
    actorUserId: principal?.user.id ?? null,
    actorTokenId: principal?.tokenId ?? null,
    ip: client.ip,
    userAgent: client.userAgent,
    now,
    ...entry,
  };
}

/** Who acts, for commands that write their own audit entries. */
export function actorFrom(c: Context<AppEnv>): Pick<AuditInput, 'actorUserId' | 'actorTokenId' | 'ip' | 'userAgent'> {
  const { actorUserId, actorTokenId, ip, userAgent } = auditFrom(c, 0, { action: '', workspaceId: null });
  return { actorUserId, actorTokenId, ip, userAgent };
}
