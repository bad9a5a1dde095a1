/** Measuring the duplicate index on originals plus generated reposts: recall of reposts and precision of what was flagged. */

import { fingerprint, isCopy } from './fingerprint.js';
import { createDuplicateIndex } from './memory-index.js';
import { duplicateText } from './normalize.js';
import { generateReposts, LIGHT_EDITS } from './reposts.js';
import type { FilledText } from './templates.js';

export interface DuplicateScore {
  originals: number;
  reposts: number;
  found: number;
  flagged: number;
  correct: number;
  recall: number;
  precision: number;
  /** Originals flagged as a copy of another original (the inputs are distinct, so each is a false positive). */
  originalsFlagged: number;
  /** Per edit: reposts that had it, and how many of them were found. */
  byEdit: Record<string, { reposts: number; found: number }>;
}

/**
 * Adds every original, then the reposts in a seeded order; a repost is found when it points to its own original,
 * a flag is correct when it points into its own family. Only originals of at least `minChars` normalised characters count.
 */
export function evaluateDuplicates(
  texts: readonly string[],
  {
    seed = 7,
    minChars = 60,
    perOriginal = 2,
    kinds = LIGHT_EDITS,
  }: { seed?: number; minChars?: number; perOriginal?: number; kinds?: readonly string[] } = {},
): DuplicateScore {
  const seen = new Set<string>();
  const originals: string[] = [];
  for (const t of texts) {
    const n = duplicateText(t);
    if ([...n].length < minChars || seen.has(n)) continue;
    seen.add(n);
    originals.push(t);
  }
  const reposts = generateReposts(originals, { seed, perOriginal, kinds });
  const family = new Map<string, number>();
  const index = createDuplicateIndex();
  let flagged = 0;
  let correct = 0;
  let found = 0;
  let originalsFlagged = 0;
  const byEdit: Record<string, { reposts: number; found: number }> = {};
  const check = (id: string, own: number, isRepost: boolean, t: number, text: string): boolean => {
    family.set(id, own);
    const dup = index.add(id, text, t);
    if (dup === null) return false;
    flagged++;
    if (!isRepost) originalsFlagged++;
    const ok = family.get(String(dup)) === own;
    if (ok) correct++;
    if (ok && isRepost) found++;
    return ok && isRepost;
  };
  for (const [i, t] of originals.entries()) check(`o${i}`, i, false, i, t);
  for (const [i, r] of reposts.entries()) {
    const ok = check(`r${i}`, r.of, true, originals.length + i, r.text);
    for (const e of r.edits) {
      byEdit[e] ??= { reposts: 0, found: 0 };
      const tally = byEdit[e];
      tally.reposts++;
      if (ok) tally.found++;
    }
  }
  return {
    originals: originals.length,
    reposts: reposts.length,
    found,
    flagged,
    correct,
    recall: reposts.length ? found / reposts.length : 1,
    precision: flagged ? correct / flagged : 1,
    originalsFlagged,
    byEdit,
  };
}

export interface HardNegativeScore {
  /** Pairs of texts from one template with different facts. */
  pairs: number;
  /** Of those, how many `isCopy` takes for copies (each one a false positive). */
  copies: number;
  /** The same for pairs of a base text and one variant, by what the variant changed. */
  byKind: Record<string, { pairs: number; copies: number }>;
}

/** Every pair within each group of filled templates (`fillTemplates`) is a pair of different reports. */
export function evaluateHardNegatives(groups: readonly (readonly FilledText[])[]): HardNegativeScore {
  const score: HardNegativeScore = { pairs: 0, copies: 0, byKind: {} };
  for (const group of groups) {
    const fps = group.map((g) => fingerprint(g.text));
    for (let i = 0; i < group.length; i++) {
      for (let j = i + 1; j < group.length; j++) {
        const copy = isCopy(fps[i]!, fps[j]!);
        score.pairs++;
        if (copy) score.copies++;
        if (group[i]!.kind !== 'base') continue;
        const kind = group[j]!.kind;
        score.byKind[kind] ??= { pairs: 0, copies: 0 };
        const tally = score.byKind[kind];
        tally.pairs++;
        if (copy) tally.copies++;
      }
    }
  }
  return score;
}
