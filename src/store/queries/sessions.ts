/** Login sessions. Only a hash of the session id is stored, with its CSRF token and expiry. */
import type { Q } from './executor.js';

export interface SessionRecord {
  idHash: string;
  userId: number;
  csrfToken: string;
  createdAt: number;
  expiresAt: number;
  lastSeenAt: number;
}

export interface NewSession {
  idHash: string;
  userId: number;
  csrfToken: string;
  now: number;
  expiresAt: number;
  ip: string | null;
  userAgent: string | null;
}

export const sessionQueries = {
  async create(q: Q, s: NewSession): Promise<void> {
    await q
      .insertInto('sessions')
      .values({
        id_hash: s.idHash,
        user_id: s.userId,
        csrf_token: s.csrfToken,
        created_at: s.now,
        expires_at: s.expiresAt,
        last_seen_at: s.now,
        ip: s.ip,
        user_agent: s.userAgent,
      })
      .execute();
  },

  async find(q: Q, idHash: string): Promise<SessionRecord | undefined> {
    const row = await q.selectFrom('sessions').selectAll().where('id_hash', '=', idHash).executeTakeFirst();
    if (!row) return undefined;
    return {
      idHash: row.id_hash,
      userId: Number(row.user_id),
      csrfToken: row.csrf_token,
      createdAt: Number(row.created_at),
      expiresAt: Number(row.expires_at),
      lastSeenAt: Number(row.last_seen_at),
    };
  },

  /** Slides the expiry forward on use. */
  async touch(q: Q, idHash: string, now: number, expiresAt: number): Promise<void> {
    await q.updateTable('sessions').set({ last_seen_at: now, expires_at: expiresAt }).where('id_hash', '=', idHash).execute();
  },

  async remove(q: Q, idHash: string): Promise<void> {
    await q.deleteFrom('sessions').where('id_hash', '=', idHash).execute();
  },

  async removeForUser(q: Q, userId: number): Promise<number> {
    const r = await q.deleteFrom('sessions').where('user_id', '=', userId).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  /** Ends the user's sessions except one (the one changing the password); the count ended. */
  async removeOthersForUser(q: Q, userId: number, keepIdHash: string): Promise<number> {
    const r = await q.deleteFrom('sessions').where('user_id', '=', userId).where('id_hash', '!=', keepIdHash).executeTakeFirst();
    return Number(r.numDeletedRows);
  },

  async removeExpired(q: Q, now: number): Promise<number> {
    const r = await q.deleteFrom('sessions').where('expires_at', '<=', now).executeTakeFirst();
    return Number(r.numDeletedRows);
  },
};
