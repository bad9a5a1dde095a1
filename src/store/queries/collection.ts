/** Sources seen from the collection scheduler: claiming due ones under a lease, storing each pass's state and health, items per day. */
import { type Db, lockForClaim } from '../dialect.js';
import type { Q } from './executor.js';

/** A source a scheduler holds a lease on, with what it needs for one pass. */
export interface DueSource {
  id: number;
  workspaceId: number;
  key: string;
  kind: string;
  config: string;
  state: string;
  /** The effective interval the scheduler adapted to last (null before the first pass). */
  intervalSeconds: number | null;
  /** The source's own interval, or null for automatic. */
  intervalSetting: number | null;
  consecutiveFailures: number;
  /** The learnt rate of new items (decaying sums) and the pass they run to; null before the first success. */
  rate: { items: number; seconds: number } | null;
  rateAt: number | null;
  lastNewItemAt: number | null;
}

export interface ClaimSourcesOptions {
  workerId: string;
  kinds: string[];
  limit: number;
  now: number;
  leaseMs: number;
}

/** Leases up to `limit` active sources of the given kinds whose next check has come and which nobody else holds. */
export async function claimDueSources(db: Db, o: ClaimSourcesOptions): Promise<DueSource[]> {
  if (o.kinds.length === 0 || o.limit <= 0) return [];
  const k = db.kysely;
  const candidates = lockForClaim(
    db.dialect,
    k
      .selectFrom('sources')
      .select('id')
      .where('active', '=', 1)
      .where('kind', 'in', o.kinds)
      .where((eb) => eb.or([eb('next_check_at', 'is', null), eb('next_check_at', '<=', o.now)]))
      .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', o.now)]))
      // New sources (no next check yet) first on both backends, then the most overdue.
      .orderBy((eb) => eb.fn.coalesce('next_check_at', eb.lit(0)))
      .orderBy('id')
      .limit(o.limit),
  );
  const rows = await k
    .updateTable('sources')
    .set({ lease_owner: o.workerId, lease_until: o.now + o.leaseMs })
    .where('id', 'in', candidates)
    .where((eb) => eb.or([eb('lease_until', 'is', null), eb('lease_until', '<', o.now)]))
    .returning([
      'id',
      'workspace_id',
      'key',
      'kind',
      'config',
      'state',
      'interval_seconds',
      'interval_setting',
      'consecutive_failures',
      'rate_items',
      'rate_seconds',
      'rate_at',
      'last_new_item_at',
    ])
    .execute();
  return rows.map((r) => ({
    id: Number(r.id),
    workspaceId: Number(r.workspace_id),
    key: r.key,
    kind: r.kind,
    config: r.config,
    state: r.state,
    intervalSeconds: r.interval_seconds === null ? null : Number(r.interval_seconds),
    intervalSetting: r.interval_setting === null ? null : Number(r.interval_setting),
    consecutiveFailures: Number(r.consecutive_failures),
    rate: r.rate_items === null || r.rate_seconds === null ? null : { items: Number(r.rate_items), seconds: Number(r.rate_seconds) },
    rateAt: r.rate_at === null ? null : Number(r.rate_at),
    lastNewItemAt: r.last_new_item_at === null ? null : Number(r.last_new_item_at),
  }));
}

export interface PassRecord {
  id: number;
  workerId: string;
  now: number;
  ok: boolean;
  state?: string;
  error?: string | null;
  note?: string | null;
  itemCount: number;
  intervalSeconds: number;
  nextCheckAt: number;
  consecutiveFailures: number;
  /** After a success: the learnt rate and the pass it now runs to (a failure leaves both as they were). */
  rate?: { items: number; seconds: number; at: number };
  /** Set when the pass brought new items. */
  lastNewItemAt?: number;
}

/** Stores one pass's outcome and releases the lease; false when the lease had passed to another process. */
export async function recordPass(k: Q, r: PassRecord): Promise<boolean> {
  const res = await k
    .updateTable('sources')
    .set({
      ...(r.state === undefined ? {} : { state: r.state }),
      last_attempt_at: r.now,
      ...(r.ok ? { last_success_at: r.now, last_error: null } : { last_error: r.error ?? 'unknown error' }),
      last_note: r.note ?? null,
      last_item_count: r.itemCount,
      interval_seconds: r.intervalSeconds,
      next_check_at: r.nextCheckAt,
      consecutive_failures: r.consecutiveFailures,
      ...(r.rate ? { rate_items: r.rate.items, rate_seconds: r.rate.seconds, rate_at: r.rate.at } : {}),
      ...(r.lastNewItemAt === undefined ? {} : { last_new_item_at: r.lastNewItemAt }),
      lease_owner: null,
      lease_until: null,
    })
    .where('id', '=', r.id)
    .where('lease_owner', '=', r.workerId)
    .executeTakeFirst();
  return Number(res.numUpdatedRows) === 1;
}

/** Asks for a pass at once ("collect now" after an edit): clears the next check time. */
export async function scheduleNow(k: Q, workspaceId: number, id: number): Promise<void> {
  await k.updateTable('sources').set({ next_check_at: null }).where('workspace_id', '=', workspaceId).where('id', '=', id).execute();
}

export interface SourceHealthRow {
  state: string;
  config: string;
  intervalSeconds: number | null;
  intervalSetting: number | null;
  lastNewItemAt: number | null;
  nextCheckAt: number | null;
  lastAttemptAt: number | null;
  lastSuccessAt: number | null;
  lastError: string | null;
  lastNote: string | null;
  lastItemCount: number;
  consecutiveFailures: number;
}

export async function sourceHealth(k: Q, workspaceId: number, id: number): Promise<SourceHealthRow | undefined> {
  return (await healthBySource(k, workspaceId, id)).get(id);
}

/** Mentions collected from the source in each of the last `days` days (UTC+offset days), oldest first, as `{day, count}`. */
export async function itemsPerDay(
  k: Q,
  o: { workspaceId: number; sourceId: number; now: number; days: number; offsetMinutes: number },
): Promise<{ day: string; count: number }[]> {
  const dayMs = 86_400_000;
  const shift = o.offsetMinutes * 60_000;
  const todayStart = Math.floor((o.now + shift) / dayMs) * dayMs - shift;
  const from = todayStart - (o.days - 1) * dayMs;
  const rows = await k
    .selectFrom('mentions')
    .select('collected_at')
    .where('workspace_id', '=', o.workspaceId)
    .where('source_id', '=', o.sourceId)
    .where('collected_at', '>=', from)
    .execute();
  const counts = new Array<number>(o.days).fill(0);
  for (const r of rows) {
    const i = Math.floor((Number(r.collected_at) - from) / dayMs);
    if (i >= 0 && i < o.days) counts[i] = (counts[i] ?? 0) + 1;
  }
  return counts.map((count, i) => ({ day: new Date(from + i * dayMs + shift).toISOString().slice(0, 10), count }));
}

/** Query texts of the workspace's active topics (search sources build keyword queries from them). */
export async function activeTopicQueries(k: Q, workspaceId: number): Promise<string[]> {
  const rows = await k.selectFrom('topics').select('query').where('workspace_id', '=', workspaceId).where('active', '=', 1).execute();
  return rows.map((r) => r.query);
}

/** Health of every source of a workspace (or just one), by id. */
export async function healthBySource(k: Q, workspaceId: number, onlyId?: number): Promise<Map<number, SourceHealthRow>> {
  let query = k.selectFrom('sources').selectAll().where('workspace_id', '=', workspaceId);
  if (onlyId !== undefined) query = query.where('id', '=', onlyId);
  const rows = await query.execute();
  const n = (v: number | null) => (v === null ? null : Number(v));
  return new Map(
    rows.map((r) => [
      Number(r.id),
      {
        state: r.state,
        config: r.config,
        intervalSeconds: n(r.interval_seconds),
        intervalSetting: n(r.interval_setting),
        lastNewItemAt: n(r.last_new_item_at),
        nextCheckAt: n(r.next_check_at),
        lastAttemptAt: n(r.last_attempt_at),
        lastSuccessAt: n(r.last_success_at),
        lastError: r.last_error,
        lastNote: r.last_note,
        lastItemCount: Number(r.last_item_count),
        consecutiveFailures: Number(r.consecutive_failures),
      },
    ]),
  );
}

/** Mentions collected since `since`, counted per source. */
export async function mentionCountsSince(k: Q, workspaceId: number, since: number): Promise<Map<number, number>> {
  const rows = await k
    .selectFrom('mentions')
    .select((eb) => ['source_id', eb.fn.countAll<number>().as('n')])
    .where('workspace_id', '=', workspaceId)
    .where('collected_at', '>=', since)
    .groupBy('source_id')
    .execute();
  return new Map(rows.map((r) => [Number(r.source_id), Number(r.n)]));
}

/**
 * A new interval setting (null = automatic): the effective interval starts from its base, and the next
 * check comes no later than one base interval from now (a longer setting keeps the check already due).
 */
export async function applyIntervalSetting(
  k: Q,
  o: { workspaceId: number; id: number; setting: number | null; baseSeconds: number; now: number },
): Promise<void> {
  const row = await k
    .selectFrom('sources')
    .select('next_check_at')
    .where('workspace_id', '=', o.workspaceId)
    .where('id', '=', o.id)
    .executeTakeFirst();
  if (!row) return;
  const latest = o.now + o.baseSeconds * 1000;
  const next = row.next_check_at === null ? null : Math.min(Number(row.next_check_at), latest);
  await k
    .updateTable('sources')
    .set({ interval_setting: o.setting, interval_seconds: o.baseSeconds, next_check_at: next })
    .where('workspace_id', '=', o.workspaceId)
    .where('id', '=', o.id)
    .execute();
}

/** A changed address or kind starts over: state and learnt rate cleared, failures forgotten, collected at the next poll. */
export async function resetCollection(k: Q, workspaceId: number, id: number): Promise<void> {
  await k
    .updateTable('sources')
    .set({
      state: '{}',
      next_check_at: null,
      consecutive_failures: 0,
      interval_seconds: null,
      rate_items: null,
      rate_seconds: null,
      rate_at: null,
    })
    .where('workspace_id', '=', workspaceId)
    .where('id', '=', id)
    .execute();
}
