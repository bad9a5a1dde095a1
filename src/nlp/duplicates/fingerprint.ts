/** A text's near-duplicate fingerprint and the rule deciding whether two fingerprints are copies. */
import type { DuplicateFingerprint } from '../../domain/mention.js';
import { hashString, mix32 } from '../sentiment/hash.js';
import { factsConflict, factsOf } from './facts.js';
import { bandKeys, containment, jaccard, shingles, signature } from './minhash.js';
import { cleanText, compactText } from './normalize.js';

/** Below this many normalised characters only an exact normalised match counts. */
export const SHORT_CHARS = 20;
/** Jaccard of shingle sets at or above which two texts are copies. */
export const MIN_JACCARD = 0.5;
/** A shorter text whose shingles are this much inside a longer one (truncation, cut-off reposts)… */
export const MIN_CONTAINMENT = 0.9;
/** …counts too when it keeps at least this share of the longer text's shingles. */
export const MIN_KEPT = 0.4;

/** Declared in the domain, so a draft can carry it from the analysis threads to the duplicates stage. */
export type Fingerprint = DuplicateFingerprint;

export function fingerprint(raw: string): Fingerprint {
  const clean = cleanText(raw);
  const text = compactText(clean);
  const facts = factsOf(clean);
  const chars = [...text].length;
  const exact =
    hashString(text, 0x811c9dc5).toString(16).padStart(8, '0') + mix32(hashString(text, 0x1b873593)).toString(16).padStart(8, '0');
  if (chars < SHORT_CHARS) return { text, exact, short: true, shingles: new Uint32Array(0), bands: [], facts };
  const set = shingles(text);
  return { text, exact, short: false, shingles: set, bands: bandKeys(signature(set)), facts };
}

/**
 * Whether two fingerprints are copies of one another: exact match for short texts, else Jaccard or containment,
 * unless their facts conflict (each states a number or a place the other does not: the same template, another report).
 */
export function isCopy(a: Fingerprint, b: Fingerprint): boolean {
  if (a.text === '' || b.text === '') return false;
  if (a.short || b.short) return a.exact === b.exact && a.text === b.text;
  return similar(a, b) && !factsConflict(a.facts, b.facts);
}

function similar(a: Fingerprint, b: Fingerprint): boolean {
  if (jaccard(a.shingles, b.shingles) >= MIN_JACCARD) return true;
  const kept = Math.min(a.shingles.length, b.shingles.length) / Math.max(a.shingles.length, b.shingles.length);
  return kept >= MIN_KEPT && containment(a.shingles, b.shingles) >= MIN_CONTAINMENT;
}
