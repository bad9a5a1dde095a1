/**
 * Writing a batch's results: the mention inserts and the inbox `done` marks share one transaction, and a mark
 * counts only while the lease is still ours, so an item another worker took over is never written twice.
 */

import type { MentionDraft } from '../domain/mention.js';
import type { Db } from '../store/dialect.js';
import type { Q } from '../store/queries/executor.js';
import { markDone, markFailure } from '../store/queries/inbox.js';
import { insertMentions } from '../store/queries/mentions-write.js';
import type { Finished } from './attach-sources.js';

type Ready = Extract<Finished, { sourceId: number }>;

export type Outcome = 'stored' | 'duplicate' | 'lost' | 'retried' | 'failed';

export interface ItemOutcome {
  id: number;
  outcome: Outcome;
  error?: string;
}

export interface CommitOptions {
  workerId: string;
  now: number;
  maxAttempts: number;
  /** Hears the mentions stored, with their ids, once the transaction storing them has committed. */
  onCommitted?: (stored: StoredMention[]) => void;
}

export interface StoredMention {
  mentionId: number;
  draft: MentionDraft;
}

/** Commits the whole batch in one transaction; if the database refuses it, commits item by item so one bad item holds back no other. */
export async function commitBatch(db: Db, finished: Finished[], opts: CommitOptions): Promise<ItemOutcome[]> {
  if (finished.length === 0) return [];
  const stored: StoredMention[] = [];
  let out: ItemOutcome[];
  try {
    out = await db.kysely.transaction().execute((trx) => commitEach(trx, finished, opts, stored));
  } catch {
    out = [];
    for (const f of finished) out.push(await commitAlone(db, f, opts));
    return out;
  }
  opts.onCommitted?.(stored);
  return out;
}

async function commitAlone(db: Db, f: Finished, opts: CommitOptions): Promise<ItemOutcome> {
  const stored: StoredMention[] = [];
  let outcome: ItemOutcome | undefined;
  try {
    [outcome] = await db.kysely.transaction().execute((trx) => commitEach(trx, [f], opts, stored));
  } catch (err) {
    return recordFailure(db.kysely, { item: f.item, error: `storing failed: ${err instanceof Error ? err.message : String(err)}` }, opts);
  }
  if (!outcome) throw new Error(`no outcome for inbox item ${f.item.id}`);
  opts.onCommitted?.(stored);
  return outcome;
}

async function commitEach(trx: Q, finished: Finished[], opts: CommitOptions, inserted: StoredMention[]): Promise<ItemOutcome[]> {
  const ready = finished.filter((f): f is Ready => !('error' in f));
  // The lease-guarded mark comes first: an item another worker took over is not marked and its mention is not
  // written, which is what rolling the pair back would leave. The row locks also keep a taking-over worker out until we commit.
  const ours = new Set(await markDone(trx, { ids: ready.map((r) => r.item.id), workerId: opts.workerId, now: opts.now }));
  const stored = new Set(
    await insertMentions(
      trx,
      ready.filter((r) => ours.has(r.item.id)),
      opts.now,
      (mentionId, draft) => inserted.push({ mentionId, draft }),
    ),
  );
  const out: ItemOutcome[] = ready.map(({ item: { id } }) => ({
    id,
    outcome: !ours.has(id) ? 'lost' : stored.has(id) ? 'stored' : 'duplicate',
  }));
  for (const f of finished) if ('error' in f) out.push(await recordFailure(trx, f, opts));
  return out;
}

async function recordFailure(k: Q, f: { item: Finished['item']; error: string }, opts: CommitOptions): Promise<ItemOutcome> {
  const id = f.item.id;
  const final = f.item.attempts >= opts.maxAttempts;
  const ours = await markFailure(k, { id, workerId: opts.workerId, now: opts.now, error: f.error, final });
  if (!ours) return { id, outcome: 'lost' };
  return { id, outcome: final ? 'failed' : 'retried', error: f.error };
}
