/** Features of the per-workspace adjustment layer: hashed unigrams and bigrams of Han characters and Latin words, L2-normalised presence. */
import { fold } from '../../match/fold.js';
import { hashString } from './hash.js';

/** Buckets of the adjustment layer's hashed features. */
export const ADAPT_BITS = 18;
const MASK = 2 ** ADAPT_BITS - 1;
const TOKEN = /\p{Script=Han}|[\p{L}\p{N}]+/gu;
const LINK = /\b(?:https?:\/\/|www\.)\S+/giu;

export interface SparseFeatures {
  index: Uint32Array;
  value: Float32Array;
}

export function adaptFeatures(text: string): SparseFeatures {
  const tokens = fold(text.replace(LINK, ' ').toLowerCase()).match(TOKEN) ?? [];
  const seen = new Set<number>();
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i] ?? '';
    seen.add(hashString(t, 0x1234567) & MASK);
    if (i + 1 < tokens.length) seen.add(hashString(`${t} ${tokens[i + 1]}`, 0x7654321) & MASK);
  }
  const index = Uint32Array.from(seen);
  const v = seen.size === 0 ? 0 : 1 / Math.sqrt(seen.size);
  return { index, value: new Float32Array(index.length).fill(v) };
}
