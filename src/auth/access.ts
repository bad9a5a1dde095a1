/**
 * Workspace access: membership first, then the role's grants. A non-member learns nothing
 * (404, as if the workspace did not exist); a member lacking the grant gets 403.
 * Superadmins are not implicit members of every workspace.
 */
import { type Action, can, type Role } from '../domain/roles.js';
import { AppError } from '../errors/catalogue.js';
import { type MembershipRecord, membershipQueries, type Q } from '../store/queries/index.js';

export type AccessDecision = 'allow' | 'not_found' | 'forbidden';

export function decideAccess(role: Role | undefined, action: Action): AccessDecision {
  if (role === undefined) return 'not_found';
  return can(role, action) ? 'allow' : 'forbidden';
}

/** The caller's membership when it allows `action` in the workspace; throws 404 or 403 otherwise. */
export async function authorize(q: Q, userId: number, workspaceId: number, action: Action): Promise<MembershipRecord> {
  const membership = await membershipQueries.get(q, workspaceId, userId);
  const decision = decideAccess(membership?.role, action);
  if (decision === 'not_found' || !membership) throw new AppError('not_found', 'No such workspace.');
  if (decision === 'forbidden') throw new AppError('forbidden', `Your role (${membership.role}) may not do this (${action}).`);
  return membership;
}
