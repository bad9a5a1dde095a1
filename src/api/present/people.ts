/** Presenting users, the signed-in caller, members and API tokens. */
import type { Principal } from '../../auth/principal.js';
import type { ApiTokenRecord, MemberRecord, UserRecord, WorkspaceWithRole } from '../../store/queries/index.js';
import type { MeView, UserView, WorkspaceView } from '../schemas/auth.js';
import type { MemberView } from '../schemas/members.js';
import type { TokenView } from '../schemas/tokens.js';
import { iso, isoOrNull } from './time.js';

export function presentUser(u: UserRecord): UserView {
  return { id: u.id, username: u.username, displayName: u.displayName, email: u.email, isSuperadmin: u.isSuperadmin };
}

export function presentWorkspace(w: WorkspaceWithRole): WorkspaceView {
  return { id: w.id, slug: w.slug, name: w.name, role: w.role };
}

export function presentMe(user: UserRecord, csrfToken: string | null, workspaces: WorkspaceWithRole[], pendingInvitations: number): MeView {
  return { user: presentUser(user), csrfToken, workspaces: workspaces.map(presentWorkspace), pendingInvitations };
}

export function csrfTokenOf(principal: Principal): string | null {
  return principal.session?.csrfToken ?? null;
}

export function presentMember(m: MemberRecord): MemberView {
  return {
    userId: m.userId,
    username: m.username,
    displayName: m.displayName,
    email: m.email,
    role: m.role,
    departmentId: m.departmentId,
    disabled: m.disabled,
    joinedAt: iso(m.createdAt),
  };
}

export function presentToken(t: ApiTokenRecord): TokenView {
  return {
    id: t.id,
    name: t.name,
    prefix: t.prefix,
    createdAt: iso(t.createdAt),
    lastUsedAt: isoOrNull(t.lastUsedAt),
    expiresAt: isoOrNull(t.expiresAt),
    revokedAt: isoOrNull(t.revokedAt),
  };
}
