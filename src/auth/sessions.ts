/**
 * Login sessions: the browser holds a random id, the database only its sha256 with a CSRF
 * token. Expiry slides forward with use (written at most once a minute per session).
 */
import { unlessStoreFails } from '../store/failure.js';
import { type Q, sessionQueries } from '../store/queries/index.js';
import { randomSecret, sha256Hex } from './secrets.js';

export const sessionCookieName = 'yq_session';

/** Sliding-expiry writes are skipped when the session was seen this recently. */
export const touchIntervalMs = 60_000;

export interface StartedSession {
  /** The cookie value; never stored. */
  sessionId: string;
  csrfToken: string;
  expiresAt: number;
}

export async function startSession(
  q: Q,
  userId: number,
  meta: { ip: string | null; userAgent: string | null },
  now: number,
  ttlMs: number,
): Promise<StartedSession> {
  const sessionId = randomSecret(32);
  const csrfToken = randomSecret(32);
  const expiresAt = now + ttlMs;
  await sessionQueries.create(q, {
    idHash: sha256Hex(sessionId),
    userId,
    csrfToken,
    now,
    expiresAt,
    ip: meta.ip,
    userAgent: meta.userAgent,
  });
  return { sessionId, csrfToken, expiresAt };
}

export interface LiveSession {
  idHash: string;
  userId: number;
  csrfToken: string;
  expiresAt: number;
  /** True when this request moved the expiry forward (the cookie should be re-sent). */
  slid: boolean;
}

/** The live session for a cookie value, or null when unknown or expired (an expired one is deleted). */
export async function resolveSession(q: Q, sessionId: string, now: number, ttlMs: number): Promise<LiveSession | null> {
  if (!/^[A-Za-z0-9_-]{43}$/.test(sessionId)) return null;
  const idHash = sha256Hex(sessionId);
  const s = await sessionQueries.find(q, idHash);
  if (!s) return null;
  if (s.expiresAt <= now) {
    await sessionQueries.remove(q, idHash);
    return null;
  }
  // Sliding the expiry is bookkeeping: when the store cannot write just now (a lock, a full disk), the request
  // still goes on with the session as it is, and a later request slides it.
  const due = now - s.lastSeenAt >= touchIntervalMs;
  const slid = due && (await unlessStoreFails(() => sessionQueries.touch(q, idHash, now, now + ttlMs)));
  return { idHash, userId: s.userId, csrfToken: s.csrfToken, expiresAt: slid ? now + ttlMs : s.expiresAt, slid };
}

export async function endSession(q: Q, idHash: string): Promise<void> {
  await sessionQueries.remove(q, idHash);
}
