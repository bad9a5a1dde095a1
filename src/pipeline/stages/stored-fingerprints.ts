/**
 * Fingerprints of the mentions this process stored, by database and mention id, so the duplicates stage need not
 * read a recent candidate's text back and fingerprint it again. A mention's title and text never change once stored,
 * and an entry is added only after the transaction that stored it committed (an id rolled back may be given again),
 * so a kept fingerprint is the one the stored text gives. Bounded by size; the oldest go first.
 */
import type { DuplicateFingerprint } from '../../domain/mention.js';

/** What the kept fingerprints may weigh, roughly in 4-byte words (shingles, text): about 16 MB. */
const MAX_WEIGHT = 4_000_000;

class KeptFingerprints {
  private readonly byId = new Map<number, DuplicateFingerprint>();
  private weight = 0;

  get(id: number): DuplicateFingerprint | undefined {
    return this.byId.get(id);
  }

  add(id: number, fp: DuplicateFingerprint): void {
    if (this.byId.has(id)) return;
    this.byId.set(id, fp);
    this.weight += weightOf(fp);
    while (this.weight > MAX_WEIGHT) {
      const oldest = this.byId.entries().next();
      if (oldest.done) break;
      this.byId.delete(oldest.value[0]);
      this.weight -= weightOf(oldest.value[1]);
    }
  }

  get size(): number {
    return this.byId.size;
  }
}

function weightOf(fp: DuplicateFingerprint): number {
  return 16 + fp.shingles.length + (fp.text.length >> 1) + fp.bands.length * 4;
}

const kept = new WeakMap<object, KeptFingerprints>();

/** The fingerprints kept for one database (any object standing for it: the `Db`). */
export function keptFingerprints(db: object): KeptFingerprints {
  let own = kept.get(db);
  if (!own) {
    own = new KeptFingerprints();
    kept.set(db, own);
  }
  return own;
}

/** Keeps the fingerprints of mentions just committed (those whose draft carries one). */
export function rememberStored(
  db: object,
  stored: readonly { mentionId: number; draft: { duplicateFingerprint?: DuplicateFingerprint } }[],
): void {
  if (stored.length === 0) return;
  const own = keptFingerprints(db);
  for (const { mentionId, draft } of stored) if (draft.duplicateFingerprint) own.add(mentionId, draft.duplicateFingerprint);
}
