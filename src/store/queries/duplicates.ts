/**
 * Near-duplicate storage: a mention's LSH band buckets (band −1 holds the exact hash of a short text), candidate lookup
 * by shared buckets, and pointing copies to their original once the mention is stored.
 */
import { type SqlBool, sql } from 'kysely';
import type { MentionDraft } from '../../domain/mention.js';
import { numOrNull, type Q } from './executor.js';
import { fixedParts, insertValues } from './fixed-parts.js';

/** The band number that holds a short text's exact normalised hash. */
export const EXACT_BAND = -1;

export interface Bucket {
  band: number;
  bucket: string;
}

/** A stored mention in a bucket, with its original's time: one row per bucket it is in. */
export interface BucketMember extends Bucket {
  id: number;
  sortAt: number;
  /** The member's own original, if it is a copy. */
  duplicateOf: number | null;
  /** The sort time of that original (its own when it is one). */
  rootSortAt: number;
}

// Buckets per query: well under both backends' bound-parameter limits.
const BUCKETS_PER_QUERY = 1024;

/**
 * `(band, bucket) IN (VALUES …)`: one seek of the (workspace, band, bucket) index per wanted bucket, on both backends.
 * An OR per band made SQLite read every band row of the workspace, and `band IN … AND bucket IN …` seeks every
 * band with every bucket.
 */
function inBuckets(band: string, bucket: string, buckets: readonly Bucket[]) {
  const pairs = buckets.map((b) => sql`(CAST(${b.band} AS integer), ${b.bucket})`);
  return sql<SqlBool>`(${sql.ref(band)}, ${sql.ref(bucket)}) IN (VALUES ${sql.join(pairs)})`;
}

/** The query behind `bucketMembers` (its plan is tested). */
export function bucketMembersQuery(q: Q, workspaceId: number, buckets: readonly Bucket[]) {
  return q
    .selectFrom('mention_minhash_bands as b')
    .innerJoin('mentions as m', 'm.id', 'b.mention_id')
    .leftJoin('mentions as o', 'o.id', 'm.duplicate_of')
    .select(['b.band', 'b.bucket', 'm.id', 'm.sort_at', 'm.duplicate_of', 'o.sort_at as root_sort_at'])
    .where('b.workspace_id', '=', workspaceId)
    .where(inBuckets('b.band', 'b.bucket', buckets));
}

/**
 * Every stored mention of the workspace in any of `buckets`: the candidate lookup of a whole batch in one query
 * (per 1,024 buckets), instead of one per item. Members are few per bucket (`BUCKET_CAP` originals at most).
 */
export async function bucketMembers(q: Q, workspaceId: number, buckets: readonly Bucket[]): Promise<BucketMember[]> {
  const out: BucketMember[] = [];
  for (const part of fixedParts(buckets, BUCKETS_PER_QUERY)) {
    for (const r of await bucketMembersQuery(q, workspaceId, part).execute()) {
      out.push({
        band: Number(r.band),
        bucket: r.bucket,
        id: Number(r.id),
        sortAt: Number(r.sort_at),
        duplicateOf: numOrNull(r.duplicate_of),
        rootSortAt: Number(r.root_sort_at ?? r.sort_at),
      });
    }
  }
  return out;
}

/** Titles and texts of stored mentions of the workspace, by id. */
export async function mentionTexts(
  q: Q,
  workspaceId: number,
  ids: readonly number[],
): Promise<Map<number, { title: string; text: string }>> {
  const out = new Map<number, { title: string; text: string }>();
  for (let i = 0; i < ids.length; i += 5000) {
    const rows = await q
      .selectFrom('mentions')
      .select(['id', 'title', 'text'])
      .where('workspace_id', '=', workspaceId)
      .where('id', 'in', ids.slice(i, i + 5000))
      .execute();
    for (const r of rows) out.set(Number(r.id), { title: r.title, text: r.text });
  }
  return out;
}

/**
 * Originals a bucket holds at most. Texts of one template with other facts (numbered reports, the same notice for
 * each district) are originals that share every bucket; past this many, a bucket stops growing, so looking up
 * candidates and checking them stays bounded per mention instead of growing with the flood. The earliest members
 * stay, which are the ones a copy is pointed to.
 */
export const BUCKET_CAP = 64;

/** The band rows whose bucket still has room, counting the rows stored before and those added here. */
async function withinBucketCap<R extends { workspace_id: number; band: number; bucket: string }>(k: Q, rows: R[]): Promise<R[]> {
  if (rows.length === 0) return rows;
  const keyOf = (workspaceId: number, band: number, bucket: string) => `${workspaceId}\u0000${band}\u0000${bucket}`;
  const wanted = new Map<number, Map<string, Bucket>>();
  for (const r of rows) {
    const own = wanted.get(r.workspace_id) ?? new Map<string, Bucket>();
    own.set(keyOf(r.workspace_id, r.band, r.bucket), { band: r.band, bucket: r.bucket });
    wanted.set(r.workspace_id, own);
  }
  const counts = new Map<string, number>();
  for (const [workspaceId, own] of wanted) {
    for (const part of fixedParts([...own.values()], BUCKETS_PER_QUERY)) {
      const found = await k
        .selectFrom('mention_minhash_bands')
        .select(['band', 'bucket', (eb) => eb.fn.countAll<number | string>().as('n')])
        .where('workspace_id', '=', workspaceId)
        .where(inBuckets('band', 'bucket', part))
        .groupBy(['band', 'bucket'])
        .execute();
      for (const f of found) counts.set(keyOf(workspaceId, Number(f.band), f.bucket), Number(f.n));
    }
  }
  return rows.filter((r) => {
    const key = keyOf(r.workspace_id, r.band, r.bucket);
    const n = counts.get(key) ?? 0;
    if (n >= BUCKET_CAP) return false;
    counts.set(key, n + 1);
    return true;
  });
}

const BAND_COLUMNS = ['workspace_id', 'mention_id', 'sort_at', 'band', 'bucket'] as const;

/** Stores the band rows of newly stored mentions and resolves what the duplicates stage could not know before storing. */
export async function storeNearDuplicates(k: Q, stored: { mentionId: number; draft: MentionDraft }[]): Promise<void> {
  const rows: { workspace_id: number; band: number; bucket: string; mention_id: number; sort_at: number }[] = [];
  for (const { mentionId, draft } of stored) {
    const mark = draft.nearDuplicate;
    // Only originals are indexed: a copy is found through its original, so a repost storm adds no rows to search through.
    if (!mark || draft.duplicateOf !== null || mark.originalKey !== null) continue;
    const sortAt = draft.publishedAt ?? draft.collectedAt;
    const base = { workspace_id: draft.workspaceId, mention_id: mentionId, sort_at: sortAt };
    if (mark.exact !== null) rows.push({ ...base, band: EXACT_BAND, bucket: mark.exact });
    mark.bands.forEach((bucket, band) => {
      rows.push({ ...base, band, bucket });
    });
  }
  const kept = await withinBucketCap(k, rows);
  await insertValues(
    k,
    'mention_minhash_bands',
    BAND_COLUMNS,
    kept.map((r) => [r.workspace_id, r.mention_id, r.sort_at, r.band, r.bucket]),
  );
  await pointCopiesInBatch(k, stored);
  for (const { mentionId, draft } of stored) {
    const mark = draft.nearDuplicate;
    if (mark?.replaces) {
      // This mention is older than the stored original it matched: that original and its copies now point here.
      // Rare (an earlier original arriving late), and each one sees the previous one's update, so one at a time.
      await k
        .updateTable('mentions')
        .set({ duplicate_of: mentionId })
        .where('workspace_id', '=', draft.workspaceId)
        .where((eb) => eb.or([eb('id', '=', mark.replaces ?? 0), eb('duplicate_of', '=', mark.replaces ?? 0)]))
        .execute();
    }
  }
}

/**
 * Copies of an original earlier in the same batch: stored in this transaction already, so its id is known now.
 * One query per workspace finds the originals, one update per 400 copies points them.
 */
async function pointCopiesInBatch(k: Q, stored: { mentionId: number; draft: MentionDraft }[]): Promise<void> {
  const copiesOf = new Map<number, Map<string, number[]>>();
  for (const { mentionId, draft } of stored) {
    const key = draft.nearDuplicate?.originalKey;
    if (!key) continue;
    const own = copiesOf.get(draft.workspaceId) ?? new Map<string, number[]>();
    copiesOf.set(draft.workspaceId, own);
    const ids = own.get(key);
    if (ids) ids.push(mentionId);
    else own.set(key, [mentionId]);
  }
  const pairs: [number, number][] = [];
  for (const [workspaceId, own] of copiesOf) {
    const keys = [...own.keys()];
    for (let i = 0; i < keys.length; i += 5000) {
      const originals = await k
        .selectFrom('mentions')
        .select(['dedupe_key', 'id', 'duplicate_of'])
        .where('workspace_id', '=', workspaceId)
        .where('dedupe_key', 'in', keys.slice(i, i + 5000))
        .execute();
      for (const o of originals) {
        const to = numOrNull(o.duplicate_of) ?? Number(o.id);
        for (const copy of own.get(o.dedupe_key) ?? []) pairs.push([copy, to]);
      }
    }
  }
  for (let i = 0; i < pairs.length; i += 400) {
    const part = pairs.slice(i, i + 400);
    const cases = part.map(([copy, to]) => sql`WHEN ${copy} THEN CAST(${to} AS bigint)`);
    await k
      .updateTable('mentions')
      .set({ duplicate_of: sql<number>`CASE id ${sql.join(cases, sql` `)} END` })
      .where(
        'id',
        'in',
        part.map(([copy]) => copy),
      )
      .execute();
  }
}

/** The original's title and how many stored copies point to a mention. */
export async function duplicateFacts(
  q: Q,
  workspaceId: number,
  mention: { id: number; duplicateOf: number | null },
): Promise<{ original: { id: number; title: string } | null; copies: number }> {
  const original =
    mention.duplicateOf === null
      ? undefined
      : await q
          .selectFrom('mentions')
          .select(['id', 'title'])
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', mention.duplicateOf)
          .executeTakeFirst();
  const n = await q
    .selectFrom('mentions')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('workspace_id', '=', workspaceId)
    .where('duplicate_of', '=', mention.id)
    .executeTakeFirstOrThrow();
  return { original: original ? { id: Number(original.id), title: original.title } : null, copies: Number(n.n) };
}
