/**
 * Who is calling: a signed-in user by session cookie, or a user acting through an API
 * token. Disabled users, unknown or expired sessions and revoked tokens resolve to nobody.
 */
import { type Q, type UserRecord, userQueries } from '../store/queries/index.js';
import { resolveToken } from './api-tokens.js';
import { type LiveSession, resolveSession } from './sessions.js';

export interface Principal {
  user: UserRecord;
  via: 'session' | 'token';
  /** Set for sessions: the stored hash and the CSRF token writes must echo. */
  session: LiveSession | null;
  tokenId: number | null;
}

export interface Credentials {
  sessionId?: string | undefined;
  /** The raw Authorization header. */
  authorization?: string | undefined;
}

/**
 * A bearer token, when present, decides alone (a bad one is not rescued by a cookie);
 * otherwise the session cookie.
 */
export async function identify(q: Q, creds: Credentials, now: number, sessionTtlMs: number): Promise<Principal | null> {
  if (creds.authorization !== undefined) {
    const m = /^Bearer\s+(\S+)\s*$/i.exec(creds.authorization);
    if (!m?.[1]) return null;
    const token = await resolveToken(q, m[1], now);
    if (!token) return null;
    const user = await userQueries.byId(q, token.userId);
    return user && !user.disabled ? { user, via: 'token', session: null, tokenId: token.id } : null;
  }
  if (creds.sessionId) {
    const session = await resolveSession(q, creds.sessionId, now, sessionTtlMs);
    if (!session) return null;
    const user = await userQueries.byId(q, session.userId);
    return user && !user.disabled ? { user, via: 'session', session, tokenId: null } : null;
  }
  return null;
}
