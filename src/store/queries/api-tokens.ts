/** API tokens for machines: stored as a hash with a short visible prefix; revoked, never deleted. */
import type { Selectable } from 'kysely';
import type { ApiTokensTable } from '../schema.js';
import { numOrNull, type Q } from './executor.js';

export interface ApiTokenRecord {
  id: number;
  userId: number;
  name: string;
  prefix: string;
  createdAt: number;
  lastUsedAt: number | null;
  expiresAt: number | null;
  revokedAt: number | null;
}

export interface NewApiToken {
  userId: number;
  name: string;
  tokenHash: string;
  prefix: string;
  now: number;
  expiresAt: number | null;
}

function toToken(row: Selectable<ApiTokensTable>): ApiTokenRecord {
  return {
    id: Number(row.id),
    userId: Number(row.user_id),
    name: row.name,
    prefix: row.prefix,
    createdAt: Number(row.created_at),
    lastUsedAt: numOrNull(row.last_used_at),
    expiresAt: numOrNull(row.expires_at),
    revokedAt: numOrNull(row.revoked_at),
  };
}

export const apiTokenQueries = {
  async create(q: Q, t: NewApiToken): Promise<ApiTokenRecord> {
    const row = await q
      .insertInto('api_tokens')
      .values({
        user_id: t.userId,
        name: t.name,
        token_hash: t.tokenHash,
        prefix: t.prefix,
        created_at: t.now,
        expires_at: t.expiresAt,
      })
      .returningAll()
      .executeTakeFirstOrThrow();
    return toToken(row);
  },

  async byHash(q: Q, tokenHash: string): Promise<ApiTokenRecord | undefined> {
    const row = await q.selectFrom('api_tokens').selectAll().where('token_hash', '=', tokenHash).executeTakeFirst();
    return row && toToken(row);
  },

  async listForUser(q: Q, userId: number): Promise<ApiTokenRecord[]> {
    const rows = await q.selectFrom('api_tokens').selectAll().where('user_id', '=', userId).orderBy('id', 'desc').execute();
    return rows.map(toToken);
  },

  /** Revokes one of the user's own tokens; false when there is no such live token of theirs. */
  async revoke(q: Q, userId: number, id: number, now: number): Promise<boolean> {
    const r = await q
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('id', '=', id)
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows) > 0;
  },

  /** Revokes every live token of the user (after a password reset or change); the count revoked. */
  async revokeAllForUser(q: Q, userId: number, now: number): Promise<number> {
    const r = await q
      .updateTable('api_tokens')
      .set({ revoked_at: now })
      .where('user_id', '=', userId)
      .where('revoked_at', 'is', null)
      .executeTakeFirst();
    return Number(r.numUpdatedRows);
  },

  async touch(q: Q, id: number, now: number): Promise<void> {
    await q.updateTable('api_tokens').set({ last_used_at: now }).where('id', '=', id).execute();
  },
};
