/**
 * Near-duplicates: finds the stored or same-batch mention this one copies and points it to the original (the earliest).
 * Candidates come from shared LSH buckets in `mention_minhash_bands` (exact hash for short texts), checked by exact Jaccard.
 */
import type { MentionDraft } from '../../domain/mention.js';
import { createDuplicateIndex, type DuplicateIndex, type Fingerprint, fingerprint, isCopy } from '../../nlp/duplicates/index.js';
import { type DuplicateCandidate, duplicateCandidates, EXACT_BAND } from '../../store/queries/duplicates.js';
import type { StageContext } from '../stage.js';

/** Long articles are compared on their first characters: enough to tell copies apart, and the cost stays flat. */
const MAX_CHARS = 4000;

/** The text compared: the body, or the title when there is none. */
export function duplicateSource(draft: Pick<MentionDraft, 'title' | 'text'>): string {
  const body = draft.text.trim() === '' ? draft.title : draft.text;
  return body.length > MAX_CHARS ? body.slice(0, MAX_CHARS) : body;
}

// One index per batch and workspace: process-batch passes the same context to every item of a batch, and a new one to the next.
const batches = new WeakMap<StageContext, Map<number, DuplicateIndex>>();

function batchIndex(ctx: StageContext, workspaceId: number): DuplicateIndex {
  let byWorkspace = batches.get(ctx);
  if (!byWorkspace) {
    byWorkspace = new Map();
    batches.set(ctx, byWorkspace);
  }
  let index = byWorkspace.get(workspaceId);
  if (!index) {
    index = createDuplicateIndex();
    byWorkspace.set(workspaceId, index);
  }
  return index;
}

interface Original {
  sortAt: number;
  id: number | null;
  key: string | null;
}

// Fingerprints of stored candidates, per batch: the items of a batch about one story meet the same candidates.
const candidateFingerprints = new WeakMap<StageContext, Map<number, Fingerprint>>();

function candidateFingerprint(ctx: StageContext, c: DuplicateCandidate): Fingerprint {
  let cache = candidateFingerprints.get(ctx);
  if (!cache) {
    cache = new Map();
    candidateFingerprints.set(ctx, cache);
  }
  let fp = cache.get(c.id);
  if (!fp) {
    fp = fingerprint(duplicateSource(c));
    cache.set(c.id, fp);
  }
  return fp;
}

async function storedOriginal(draft: MentionDraft, fp: Fingerprint, ctx: StageContext): Promise<Original | null> {
  const buckets = fp.short ? [{ band: EXACT_BAND, bucket: fp.exact }] : fp.bands.map((bucket, band) => ({ band, bucket }));
  // Originals first: in a repost storm the one original answers without reading thousands of its copies.
  const checked = new Set<number>();
  const best = pickOriginal(fp, await duplicateCandidates(ctx.db.kysely, draft.workspaceId, buckets, 50, true), ctx, checked);
  return best ?? pickOriginal(fp, await duplicateCandidates(ctx.db.kysely, draft.workspaceId, buckets), ctx, checked);
}

function pickOriginal(fp: Fingerprint, candidates: DuplicateCandidate[], ctx: StageContext, checked: Set<number>): Original | null {
  let best: Original | null = null;
  // Once a copy of an original is confirmed, its other copies need no check.
  const confirmed = new Set<number>();
  for (const c of candidates) {
    const root = c.duplicateOf ?? c.id;
    if (confirmed.has(root) || checked.has(c.id)) continue;
    checked.add(c.id);
    if (!isCopy(fp, candidateFingerprint(ctx, c))) continue;
    confirmed.add(root);
    if (!best || c.rootSortAt < best.sortAt) best = { sortAt: c.rootSortAt, id: root, key: null };
  }
  return best;
}

export async function duplicates(draft: MentionDraft, ctx: StageContext): Promise<MentionDraft> {
  const fp = fingerprint(duplicateSource(draft));
  if (fp.text === '') return draft;
  const sortAt = draft.publishedAt ?? draft.collectedAt;
  const stored = await storedOriginal(draft, fp, ctx);
  const batch = batchIndex(ctx, draft.workspaceId);
  const inBatch = batch.match(fp);
  let best = stored;
  if (typeof inBatch === 'string') {
    const [at = '0', ...key] = inBatch.split('\u0000');
    const candidate = { sortAt: Number(at), id: null, key: key.join('\u0000') };
    if (!best || candidate.sortAt < best.sortAt) best = candidate;
  }
  const isCopyOfBest = best !== null && best.sortAt <= sortAt;
  // Only originals join the batch index: later copies find the original itself, and a storm of copies stays cheap.
  if (!isCopyOfBest) batch.addFingerprint(`${sortAt}\u0000${draft.dedupeKey}`, fp, sortAt);
  return {
    ...draft,
    duplicateOf: isCopyOfBest && best?.id != null ? best.id : null,
    nearDuplicate: {
      bands: fp.bands,
      exact: fp.short ? fp.exact : null,
      originalKey: isCopyOfBest && best?.key != null ? best.key : null,
      replaces: !isCopyOfBest && stored?.id != null ? stored.id : null,
    },
  };
}
