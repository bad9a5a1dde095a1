/** The inbox seen from the pipeline: claiming items under a lease, and finishing them only while the lease is still ours. */

import { type Db, lockForClaim } from '../dialect.js';
import type { Q } from './executor.js';

/** An inbox row a worker holds a lease on. */
export interface ClaimedItem {
  id: number;
  workspaceId: number;
  dedupeKey: string;
  sourceKey: string;
  payload: string;
  origin: string;
  /** Attempts including this one. */
  attempts: number;
  receivedAt: number;
}

export interface ClaimOptions {
  workerId: string;
  limit: number;
  now: number;
  leaseMs: number;
}

/**
 * Leases up to `limit` items that are pending or whose lease has run out, oldest first.
 * On PostgreSQL rows another worker is claiming are skipped; on SQLite the one UPDATE is atomic.
 */
export async function claimInbox(db: Db, opts: ClaimOptions): Promise<ClaimedItem[]> {
  const k = db.kysely;
  const candidates = lockForClaim(
    db.dialect,
    k
      .selectFrom('inbox')
      .select('id')
      .where((eb) => eb.or([eb('status', '=', 'pending'), eb.and([eb('status', '=', 'processing'), eb('lease_until', '<', opts.now)])]))
      .orderBy('id')
      .limit(opts.limit),
  );
  const rows = await k
    .updateTable('inbox')
    .set((eb) => ({
      status: 'processing',
      lease_owner: opts.workerId,
      lease_until: opts.now + opts.leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', candidates)
    .returning(['id', 'workspace_id', 'dedupe_key', 'source_key', 'payload', 'origin', 'attempts', 'received_at'])
    .execute();
  return rows
    .map((r) => ({
      id: Number(r.id),
      workspaceId: Number(r.workspace_id),
      dedupeKey: r.dedupe_key,
      sourceKey: r.source_key,
      payload: r.payload,
      origin: r.origin,
      attempts: Number(r.attempts),
      receivedAt: Number(r.received_at),
    }))
    .sort((a, b) => a.id - b.id);
}

export interface LeaseRef {
  id: number;
  workerId: string;
  now: number;
}

/** Marks leased items done; returns the ids that were still ours (the others were taken over by another worker). */
export async function markDone(k: Q, ref: { ids: number[]; workerId: string; now: number }): Promise<number[]> {
  if (ref.ids.length === 0) return [];
  const rows = await k
    .updateTable('inbox')
    .set({ status: 'done', lease_owner: null, lease_until: null, last_error: null, processed_at: ref.now })
    .where('id', 'in', ref.ids)
    .where('lease_owner', '=', ref.workerId)
    .where('status', '=', 'processing')
    .returning('id')
    .execute();
  return rows.map((r) => Number(r.id));
}

/** Records a failed attempt: back to pending for another try, or parked as `failed` for good. */
export async function markFailure(k: Q, ref: LeaseRef & { error: string; final: boolean }): Promise<boolean> {
  const res = await k
    .updateTable('inbox')
    .set({
      status: ref.final ? 'failed' : 'pending',
      lease_owner: null,
      lease_until: null,
      last_error: ref.error,
      processed_at: ref.final ? ref.now : null,
    })
    .where('id', '=', ref.id)
    .where('lease_owner', '=', ref.workerId)
    .where('status', '=', 'processing')
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}
