/**
 * Durable intake: the one way items enter Yuqing. Valid items are written to the inbox
 * in one transaction before this returns, so a caller may acknowledge them as soon as it
 * resolves. Idempotent on (workspace, dedupe key): an item seen before is counted as a
 * duplicate and not stored again. Invalid items are reported by their reference and never
 * stop the valid ones.
 */
import { dedupeKey } from '../domain/dedupe-key.js';
import type { IncomingItem } from '../domain/incoming-item.js';
import type { Db } from '../store/dialect.js';
import { checkItem } from './validate.js';

export interface RawItem {
  /** Where the item came from, used in error reports: batch index or file line number. */
  ref: number;
  raw: unknown;
}

export interface RejectedItem {
  ref: number;
  field: string;
  problem: string;
}

export interface AcceptResult {
  accepted: number;
  duplicates: number;
  rejected: RejectedItem[];
}

export interface AcceptInput {
  workspaceId: number;
  /** `api`, `import:<file>`, or a collector name. */
  origin: string;
  items: RawItem[];
  now?: number;
}

export async function acceptItems(db: Db, input: AcceptInput): Promise<AcceptResult> {
  const rejected: RejectedItem[] = [];
  const byKey = new Map<string, IncomingItem>();
  let duplicates = 0;
  const now = input.now ?? Date.now();
  for (const { ref, raw } of input.items) {
    const check = checkItem(raw, now);
    if (!check.ok) {
      rejected.push({ ref, field: check.field, problem: check.problem });
      continue;
    }
    const key = dedupeKey(check.item);
    if (byKey.has(key)) duplicates++;
    else byKey.set(key, check.item);
  }
  if (byKey.size === 0) return { accepted: 0, duplicates, rejected };

  const rows = [...byKey].map(([key, item]) => ({
    workspace_id: input.workspaceId,
    dedupe_key: key,
    source_key: item.source,
    payload: JSON.stringify(item),
    origin: input.origin,
    status: 'pending',
    attempts: 0,
    received_at: now,
  }));
  let accepted = 0;
  await db.kysely.transaction().execute(async (trx) => {
    // Chunks keep each statement under SQLite's bound-parameter limit.
    for (let i = 0; i < rows.length; i += 500) {
      const inserted = await trx
        .insertInto('inbox')
        .values(rows.slice(i, i + 500))
        .onConflict((oc) => oc.columns(['workspace_id', 'dedupe_key']).doNothing())
        .returning('id')
        .execute();
      accepted += inserted.length;
    }
  });
  duplicates += byKey.size - accepted;
  return { accepted, duplicates, rejected };
}
