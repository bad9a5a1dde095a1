/**
 * Near-duplicates, a batch stage: finds the stored or same-batch mention each draft copies and points it to the
 * original (the earliest). Candidates come from shared LSH buckets in `mention_minhash_bands` (exact hash for short
 * texts), checked by exact Jaccard: one bucket query per batch and workspace for every draft's buckets, one query for
 * the texts of the candidates, each fingerprinted once. Same-batch originals are kept in memory, bounded per bucket
 * as the store bounds them, so a flood of one template with other facts stays linear.
 */
import type { MentionDraft } from '../../domain/mention.js';
import { createDuplicateIndex, type DuplicateIndex, type Fingerprint, fingerprint, isCopy } from '../../nlp/duplicates/index.js';
import { BUCKET_CAP, type Bucket, type BucketMember, bucketMembers, EXACT_BAND, mentionTexts } from '../../store/queries/duplicates.js';
import type { Q } from '../../store/queries/executor.js';
import type { BatchStage, StageContext } from '../stage.js';
import { duplicateSource } from './fingerprint.js';
import { keptFingerprints } from './stored-fingerprints.js';

/** Stored candidates checked per draft: originals first (a repost storm's one original answers), then any member. */
const ORIGINALS_CHECKED = 50;
const MEMBERS_CHECKED = 200;

interface Original {
  sortAt: number;
  id: number | null;
  key: string | null;
}

const bucketKey = (band: number, bucket: string) => `${band}\u0000${bucket}`;

function bucketsOf(fp: Fingerprint): Bucket[] {
  return fp.short ? [{ band: EXACT_BAND, bucket: fp.exact }] : fp.bands.map((bucket, band) => ({ band, bucket }));
}

/** One workspace's share of a batch: its same-batch originals and the fingerprints of the stored candidates seen. */
class WorkspaceBatch {
  /** Stored members per bucket, as of the batch's lookups (the store's own count decides at commit). */
  private readonly held = new Map<string, number>();
  private readonly index: DuplicateIndex = createDuplicateIndex({
    bucketCap: BUCKET_CAP,
    heldElsewhere: (band, bucket) => this.held.get(bucketKey(band, bucket)) ?? 0,
  });
  private readonly fingerprints = new Map<number, Fingerprint>();
  private readonly texts = new Map<number, string>();

  constructor(
    private readonly q: Q,
    private readonly workspaceId: number,
    /** Fingerprints of mentions stored earlier by this process. */
    private readonly stored: ReturnType<typeof keptFingerprints>,
  ) {}

  async resolve(drafts: readonly MentionDraft[]): Promise<MentionDraft[]> {
    // Drafts from the analysis stages carry their fingerprint; a test's own stage list may not.
    const fps = drafts.map((d) => d.duplicateFingerprint ?? fingerprint(duplicateSource(d)));
    const lists = await this.candidates(fps);
    const stored = await this.storedOriginals(fps, lists);
    return drafts.map((draft, i) => {
      const fp = fps[i] as Fingerprint;
      return fp.text === '' ? draft : this.mark(draft, fp, stored[i] ?? null);
    });
  }

  /** Each draft's stored candidates in time order: originals (up to 50), then any member (up to 200). */
  private async candidates(fps: Fingerprint[]): Promise<{ originals: BucketMember[]; members: BucketMember[] }[]> {
    const wanted = new Map<string, Bucket>();
    for (const fp of fps) if (fp.text !== '') for (const b of bucketsOf(fp)) wanted.set(bucketKey(b.band, b.bucket), b);
    const byBucket = new Map<string, BucketMember[]>();
    for (const m of wanted.size === 0 ? [] : await bucketMembers(this.q, this.workspaceId, [...wanted.values()])) {
      const key = bucketKey(m.band, m.bucket);
      const list = byBucket.get(key);
      if (list) list.push(m);
      else byBucket.set(key, [m]);
    }
    for (const [key, list] of byBucket) this.held.set(key, list.length);
    return fps.map((fp) => {
      if (fp.text === '') return { originals: [], members: [] };
      const seen = new Map<number, BucketMember>();
      for (const b of bucketsOf(fp)) for (const m of byBucket.get(bucketKey(b.band, b.bucket)) ?? []) seen.set(m.id, m);
      const members = [...seen.values()].sort((a, b) => a.sortAt - b.sortAt || a.id - b.id);
      return {
        originals: members.filter((m) => m.duplicateOf === null).slice(0, ORIGINALS_CHECKED),
        members: members.slice(0, MEMBERS_CHECKED),
      };
    });
  }

  /**
   * The stored original each draft copies. Originals are checked first; only a draft none of them matches checks
   * the other members, so their texts are read only then.
   */
  private async storedOriginals(
    fps: Fingerprint[],
    lists: { originals: BucketMember[]; members: BucketMember[] }[],
  ): Promise<(Original | null)[]> {
    await this.readTexts(lists.flatMap((l) => l.originals));
    const checked = lists.map(() => new Set<number>());
    const out = lists.map((l, i) => this.pick(fps[i] as Fingerprint, l.originals, checked[i] as Set<number>));
    const rest = lists.flatMap((l, i) => (out[i] === null ? l.members : []));
    await this.readTexts(rest);
    return out.map((found, i) => found ?? this.pick(fps[i] as Fingerprint, lists[i]?.members ?? [], checked[i] as Set<number>));
  }

  private async readTexts(members: BucketMember[]): Promise<void> {
    const missing: number[] = [];
    for (const m of members) {
      if (this.fingerprints.has(m.id) || this.texts.has(m.id)) continue;
      const kept = this.stored.get(m.id);
      if (kept) this.fingerprints.set(m.id, kept);
      else {
        this.texts.set(m.id, '');
        missing.push(m.id);
      }
    }
    if (missing.length === 0) return;
    const found = await mentionTexts(this.q, this.workspaceId, missing);
    for (const id of missing) {
      const m = found.get(id);
      if (m) this.texts.set(id, duplicateSource(m));
      else this.texts.delete(id);
    }
  }

  private fingerprintOf(id: number): Fingerprint {
    let fp = this.fingerprints.get(id);
    if (!fp) {
      fp = fingerprint(this.texts.get(id) ?? '');
      this.fingerprints.set(id, fp);
      this.texts.delete(id);
    }
    return fp;
  }

  private pick(fp: Fingerprint, candidates: BucketMember[], checked: Set<number>): Original | null {
    let best: Original | null = null;
    // Once a copy of an original is confirmed, its other copies need no check.
    const confirmed = new Set<number>();
    for (const c of candidates) {
      const root = c.duplicateOf ?? c.id;
      if (confirmed.has(root) || checked.has(c.id)) continue;
      checked.add(c.id);
      if (!isCopy(fp, this.fingerprintOf(c.id))) continue;
      confirmed.add(root);
      if (!best || c.rootSortAt < best.sortAt) best = { sortAt: c.rootSortAt, id: root, key: null };
    }
    return best;
  }

  /** Against the stored original and the batch's earlier originals, in claim order. */
  private mark(draft: MentionDraft, fp: Fingerprint, stored: Original | null): MentionDraft {
    const sortAt = draft.publishedAt ?? draft.collectedAt;
    const inBatch = this.index.match(fp);
    let best = stored;
    if (typeof inBatch === 'string') {
      const [at = '0', ...key] = inBatch.split('\u0000');
      const candidate = { sortAt: Number(at), id: null, key: key.join('\u0000') };
      if (!best || candidate.sortAt < best.sortAt) best = candidate;
    }
    const isCopyOfBest = best !== null && best.sortAt <= sortAt;
    // Only originals join the batch index: later copies find the original itself, and a storm of copies stays cheap.
    if (!isCopyOfBest) this.index.addFingerprint(`${sortAt}\u0000${draft.dedupeKey}`, fp, sortAt);
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
}

/** Gets the batch's drafts (any workspaces, in claim order) and returns them in the same order, one for one. */
export const duplicates: BatchStage = async function duplicates(drafts: MentionDraft[], ctx: StageContext): Promise<MentionDraft[]> {
  const byWorkspace = new Map<number, number[]>();
  drafts.forEach((d, i) => {
    const list = byWorkspace.get(d.workspaceId);
    if (list) list.push(i);
    else byWorkspace.set(d.workspaceId, [i]);
  });
  const out = drafts.slice();
  for (const [workspaceId, indexes] of byWorkspace) {
    const resolved = await new WorkspaceBatch(ctx.db.kysely, workspaceId, keptFingerprints(ctx.db)).resolve(
      indexes.map((i) => drafts[i] as MentionDraft),
    );
    indexes.forEach((at, j) => {
      out[at] = resolved[j] as MentionDraft;
    });
  }
  return out;
};
