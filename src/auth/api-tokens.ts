/**
 * API tokens for machines: `yq_` + 43 random characters, sent as a bearer token. Only a
 * sha256 and a short prefix are stored; the full token is shown once, at creation.
 */
import { unlessStoreFails } from '../store/failure.js';
import { type ApiTokenRecord, apiTokenQueries, type Q } from '../store/queries/index.js';
import { randomSecret, sha256Hex } from './secrets.js';

const tokenPattern = /^yq_[A-Za-z0-9_-]{43}$/;

/** last_used_at is written at most this often per token. */
const touchIntervalMs = 60_000;

export async function issueToken(
  q: Q,
  userId: number,
  opts: { name: string; now: number; expiresAt?: number | null },
): Promise<{ token: ApiTokenRecord; secret: string }> {
  const secret = `yq_${randomSecret(32)}`;
  const token = await apiTokenQueries.create(q, {
    userId,
    name: opts.name,
    tokenHash: sha256Hex(secret),
    prefix: secret.slice(0, 9),
    now: opts.now,
    expiresAt: opts.expiresAt ?? null,
  });
  return { token, secret };
}

/** The live token for a bearer secret, or null when unknown, revoked or expired. */
export async function resolveToken(q: Q, secret: string, now: number): Promise<ApiTokenRecord | null> {
  if (!tokenPattern.test(secret)) return null;
  const token = await apiTokenQueries.byHash(q, sha256Hex(secret));
  if (!token || token.revokedAt !== null || (token.expiresAt !== null && token.expiresAt <= now)) return null;
  // Recording the use is bookkeeping: a store that cannot write just now (a lock, a full disk) does not refuse the call.
  if (
    (token.lastUsedAt === null || now - token.lastUsedAt >= touchIntervalMs) &&
    (await unlessStoreFails(() => apiTokenQueries.touch(q, token.id, now)))
  )
    token.lastUsedAt = now;
  return token;
}
