/** Measuring the duplicate index on originals plus generated reposts: recall of reposts and precision of what was flagged. */

import { createDuplicateIndex } from './memory-index.js';
import { duplicateText } from './normalize.js';
import { generateReposts } from './reposts.js';

export interface DuplicateScore {
  originals: number;
  reposts: number;
  found: number;
  flagged: number;
  correct: number;
  recall: number;
  precision: number;
}

/**
 * Adds every original, then the reposts in a seeded order; a repost is found when it points to its own original,
 * a flag is correct when it points into its own family. Only originals of at least `minChars` normalised characters count.
 */
export function evaluateDuplicates(texts: readonly string[], { seed = 7, minChars = 60, perOriginal = 2 } = {}): DuplicateScore {
  const seen = new Set<string>();
  const originals: string[] = [];
  for (const t of texts) {
    const n = duplicateText(t);
    if ([...n].length < minChars || seen.has(n)) continue;
    seen.add(n);
    originals.push(t);
  }
  const reposts = generateReposts(originals, { seed, perOriginal });
  const family = new Map<string, number>();
  const index = createDuplicateIndex();
  let flagged = 0;
  let correct = 0;
  let found = 0;
  const check = (id: string, own: number, isRepost: boolean, t: number, text: string) => {
    family.set(id, own);
    const dup = index.add(id, text, t);
    if (dup === null) return;
    flagged++;
    const ok = family.get(String(dup)) === own;
    if (ok) correct++;
    if (ok && isRepost) found++;
  };
  for (const [i, t] of originals.entries()) check(`o${i}`, i, false, i, t);
  for (const [i, r] of reposts.entries()) check(`r${i}`, r.of, true, originals.length + i, r.text);
  return {
    originals: originals.length,
    reposts: reposts.length,
    found,
    flagged,
    correct,
    recall: reposts.length ? found / reposts.length : 1,
    precision: flagged ? correct / flagged : 1,
  };
}
