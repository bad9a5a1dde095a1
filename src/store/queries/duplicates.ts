/**
 * Near-duplicate storage: a mention's LSH band buckets (band −1 holds the exact hash of a short text), candidate lookup
 * by shared buckets, and pointing copies to their original once the mention is stored.
 */
import type { MentionDraft } from '../../domain/mention.js';
import { numOrNull, type Q } from './executor.js';

/** The band number that holds a short text's exact normalised hash. */
export const EXACT_BAND = -1;

export interface DuplicateCandidate {
  id: number;
  title: string;
  text: string;
  sortAt: number;
  /** The candidate's own original, if it is a copy. */
  duplicateOf: number | null;
  /** The sort time of that original (its own when it is one). */
  rootSortAt: number;
}

/** Mentions of the workspace sharing a bucket with `buckets` (band → bucket), with their originals' times. */
export async function duplicateCandidates(
  q: Q,
  workspaceId: number,
  buckets: { band: number; bucket: string }[],
  limit = 200,
  /** Only mentions that are originals themselves: in a repost storm the one original is found without reading its copies. */
  originalsOnly = false,
): Promise<DuplicateCandidate[]> {
  if (buckets.length === 0) return [];
  let query = q
    .selectFrom('mention_minhash_bands as b')
    .innerJoin('mentions as m', 'm.id', 'b.mention_id')
    .leftJoin('mentions as o', 'o.id', 'm.duplicate_of')
    .select(['m.id', 'm.title', 'm.text', 'm.sort_at', 'm.duplicate_of', 'o.sort_at as root_sort_at'])
    .where('b.workspace_id', '=', workspaceId)
    .where((eb) => eb.or(buckets.map((x) => eb.and([eb('b.band', '=', x.band), eb('b.bucket', '=', x.bucket)]))))
    .distinct()
    .orderBy('m.sort_at')
    .limit(limit);
  if (originalsOnly) query = query.where('m.duplicate_of', 'is', null);
  const rows = await query.execute();
  return rows.map((r) => ({
    id: Number(r.id),
    title: r.title,
    text: r.text,
    sortAt: Number(r.sort_at),
    duplicateOf: numOrNull(r.duplicate_of),
    rootSortAt: Number(r.root_sort_at ?? r.sort_at),
  }));
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
  const keyOf = (r: { workspace_id: number | string; band: number | string; bucket: string }) =>
    `${r.workspace_id}\u0000${r.band}\u0000${r.bucket}`;
  const wanted = new Map<string, R>();
  for (const r of rows) wanted.set(keyOf(r), r);
  const counts = new Map<string, number>();
  const list = [...wanted.values()];
  for (let i = 0; i < list.length; i += 200) {
    const part = list.slice(i, i + 200);
    const found = await k
      .selectFrom('mention_minhash_bands')
      .select(['workspace_id', 'band', 'bucket', (eb) => eb.fn.countAll<number | string>().as('n')])
      .where((eb) =>
        eb.or(part.map((r) => eb.and([eb('workspace_id', '=', r.workspace_id), eb('band', '=', r.band), eb('bucket', '=', r.bucket)]))),
      )
      .groupBy(['workspace_id', 'band', 'bucket'])
      .execute();
    for (const f of found) counts.set(keyOf(f), Number(f.n));
  }
  return rows.filter((r) => {
    const key = keyOf(r);
    const n = counts.get(key) ?? 0;
    if (n >= BUCKET_CAP) return false;
    counts.set(key, n + 1);
    return true;
  });
}

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
  for (let i = 0; i < kept.length; i += 1000)
    await k
      .insertInto('mention_minhash_bands')
      .values(kept.slice(i, i + 1000))
      .execute();
  // Copies of an original earlier in the same batch: stored in this transaction already, so its id is known now.
  const copiesByOriginal = new Map<string, { workspaceId: number; key: string; ids: number[] }>();
  for (const { mentionId, draft } of stored) {
    const key = draft.nearDuplicate?.originalKey;
    if (!key) continue;
    const group = copiesByOriginal.get(`${draft.workspaceId}\u0000${key}`) ?? { workspaceId: draft.workspaceId, key, ids: [] };
    group.ids.push(mentionId);
    copiesByOriginal.set(`${draft.workspaceId}\u0000${key}`, group);
  }
  for (const group of copiesByOriginal.values()) {
    const original = await k
      .selectFrom('mentions')
      .select(['id', 'duplicate_of'])
      .where('workspace_id', '=', group.workspaceId)
      .where('dedupe_key', '=', group.key)
      .executeTakeFirst();
    if (!original) continue;
    const to = numOrNull(original.duplicate_of) ?? Number(original.id);
    for (let i = 0; i < group.ids.length; i += 500) {
      await k
        .updateTable('mentions')
        .set({ duplicate_of: to })
        .where('id', 'in', group.ids.slice(i, i + 500))
        .execute();
    }
  }
  for (const { mentionId, draft } of stored) {
    const mark = draft.nearDuplicate;
    if (mark?.replaces) {
      // This mention is older than the stored original it matched: that original and its copies now point here.
      await k
        .updateTable('mentions')
        .set({ duplicate_of: mentionId })
        .where('workspace_id', '=', draft.workspaceId)
        .where((eb) => eb.or([eb('id', '=', mark.replaces ?? 0), eb('duplicate_of', '=', mark.replaces ?? 0)]))
        .execute();
    }
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
