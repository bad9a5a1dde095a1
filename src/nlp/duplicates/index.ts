/**
 * Near-duplicates and reposts: MinHash over character 3-grams of the normalised text, LSH banding, an exact Jaccard
 * check on candidates; short texts only by exact normalised match. `createDuplicateIndex` is what the `analyze` CLI uses.
 */
export { type Fingerprint, fingerprint, isCopy, MIN_JACCARD, SHORT_CHARS } from './fingerprint.js';
export { createDuplicateIndex, type DuplicateIndex, type DuplicateIndexOptions } from './memory-index.js';
export { BANDS, bandKeys, HASHES, jaccard, shingles, signature } from './minhash.js';
export { duplicateText } from './normalize.js';
