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
 * Leases up to `limit` items: those whose lease has run out first, then pending ones, oldest first. Each kind walks
 * the (status, id) index in id order and stops at the limit; one `pending OR expired` condition would gather every
 * pending id and sort them for each batch, a cost that grows with the backlog.
 * On PostgreSQL rows another worker is claiming are skipped; on SQLite each UPDATE is atomic.
 */
export async function claimInbox(db: Db, opts: ClaimOptions): Promise<ClaimedItem[]> {
  const expired = await claimWhere(db, opts, opts.limit, 'processing');
  const pending = expired.length < opts.limit ? await claimWhere(db, opts, opts.limit - expired.length, 'pending') : [];
  return [...expired, ...pending].sort((a, b) => a.id - b.id);
}

async function claimWhere(db: Db, opts: ClaimOptions, limit: number, status: 'pending' | 'processing'): Promise<ClaimedItem[]> {
  const k = db.kysely;
  let candidates = k.selectFrom('inbox').select('id').where('status', '=', status);
  if (status === 'processing') candidates = candidates.where('lease_until', '<', opts.now);
  const rows = await k
    .updateTable('inbox')
    .set((eb) => ({
      status: 'processing',
      lease_owner: opts.workerId,
      lease_until: opts.now + opts.leaseMs,
      attempts: eb('attempts', '+', 1),
    }))
    .where('id', 'in', lockForClaim(db.dialect, candidates.orderBy('id').limit(limit)))
    .returning(['id', 'workspace_id', 'dedupe_key', 'source_key', 'payload', 'origin', 'attempts', 'received_at'])
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    workspaceId: Number(r.workspace_id),
    dedupeKey: r.dedupe_key,
    sourceKey: r.source_key,
    payload: r.payload,
    origin: r.origin,
    attempts: Number(r.attempts),
    receivedAt: Number(r.received_at),
  }));
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
