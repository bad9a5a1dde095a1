/** Turning a text into a sparse, L2-normalised vector over hashed buckets, with optional domain-interaction copies. */

import { jiebaCut } from '../segment/clause-cuts.js';
import { addCharNgrams, addWordFeatures, BIAS_HASH, FeatureBag, type FeatureOptions } from './features.js';
import { mix32, seedHash } from './hash.js';
import { normalizeForSentiment } from './normalize.js';

/** Everything that fixes how a text becomes a vector; saved with the weights. */
export interface EncoderOptions extends FeatureOptions {
  /** log2 of the number of hashed buckets. */
  bits: number;
  /** Sublinear term frequency (1 + ln tf) instead of presence (1). */
  sublinearTf: boolean;
}

/** A sparse vector: bucket indices and their values. */
export interface SparseVector {
  index: Uint32Array;
  value: Float32Array;
}

/** A text's base vector plus, per base entry, the feature hash that produced it (for domain copies). */
export interface EncodedText extends SparseVector {
  hashes: Uint32Array;
  /** How many entries are base features; the rest are domain copies. */
  base: number;
}

/** The hash a feature's copy gets inside a domain's own block. */
export function domainHash(hash: number, domain: number): number {
  return mix32(hash ^ seedHash(1000 + domain));
}

/** Encodes texts; owns scratch buffers, so one encoder serves one thread of work at a time. */
export class Encoder {
  private readonly bag = new FeatureBag();
  private readonly mask: number;
  /**
   * Scratch, grown as needed: the distinct buckets of a text in order of first appearance (`index`), the hash that
   * first reached each (`firstHash`), its summed feature values (`acc`) and then its vector value (`value`); and an
   * open-addressing table from bucket to that order, sized to the text rather than to the 2^bits buckets.
   */
  private index = new Uint32Array(1024);
  private value = new Float32Array(1024);
  private acc = new Float32Array(1024);
  private firstHash = new Uint32Array(1024);
  private slots = new Int32Array(4096);

  constructor(readonly options: EncoderOptions) {
    this.mask = 2 ** options.bits - 1;
  }

  /** The raw feature hashes (with repeats) of an already-normalised text; `cut` segments it (jieba by default). */
  features(normalized: string, cut: (text: string) => readonly string[] = jiebaCut): FeatureBag {
    const bag = this.bag;
    bag.clear();
    bag.add(BIAS_HASH, 1);
    addCharNgrams(bag, normalized, this.options.charOrder);
    if (this.options.wordUnigrams || this.options.wordBigrams || this.options.cues) {
      addWordFeatures(bag, cut(normalized), normalized, this.options);
    }
    return bag;
  }

  /** Normalises, featurises and buckets a text; `domains` adds each feature's copy in those domain blocks with the given weights. */
  encode(text: string, domains: ReadonlyArray<readonly [number, number]> = []): EncodedText {
    const x = this.encodeShared(text);
    const n = x.base;
    const size = n * (1 + domains.length);
    const index = new Uint32Array(size);
    const value = new Float32Array(size);
    index.set(x.index);
    value.set(x.value);
    let k = n;
    for (const [d, w] of domains) {
      for (let i = 0; i < n; i++, k++) {
        index[k] = domainHash(x.hashes[i] ?? 0, d) & this.mask;
        value[k] = (value[i] ?? 0) * w;
      }
    }
    return { index, value, hashes: x.hashes.slice(), base: n };
  }

  /**
   * The base vector (no domain copies) in the encoder's own buffers: valid until its next call, for scoring at once
   * without allocating. `cut` segments the normalised text (jieba by default).
   */
  encodeShared(text: string, cut?: (text: string) => readonly string[]): EncodedText {
    const bag = this.features(normalizeForSentiment(text), cut);
    this.reserve(bag.size);
    const { acc, firstHash, index, value, slots, mask } = this;
    // Slot pairs (bucket, position); the table stays at most half full.
    let bits = 4;
    while (1 << bits < 2 * bag.size) bits++;
    const slotMask = (1 << bits) - 1;
    slots.fill(-1, 0, 2 << bits);
    let n = 0;
    for (let i = 0; i < bag.size; i++) {
      const h = bag.hashes[i] as number;
      const b = h & mask;
      let s = Math.imul(b, 0x9e3779b1) >>> (32 - bits);
      while (slots[2 * s] !== -1 && slots[2 * s] !== b) s = (s + 1) & slotMask;
      if (slots[2 * s] === -1) {
        // Feature values are positive, so a bucket seen once never sums to zero again: order of first appearance.
        slots[2 * s] = b;
        slots[2 * s + 1] = n;
        index[n] = b;
        firstHash[n] = h;
        acc[n++] = bag.values[i] as number;
      } else {
        const at = slots[2 * s + 1] as number;
        acc[at] = (acc[at] as number) + (bag.values[i] as number);
      }
    }
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const tf = acc[i] as number;
      const v = this.options.sublinearTf ? 1 + Math.log(tf) : 1;
      value[i] = v;
      norm += v * v;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i++) value[i] = (value[i] ?? 0) * inv;
    return { index: index.subarray(0, n), value: value.subarray(0, n), hashes: firstHash.subarray(0, n), base: n };
  }

  /** Scratch for a text of `features` raw features. */
  private reserve(features: number): void {
    if (this.index.length < features) {
      const size = features * 2;
      this.index = new Uint32Array(size);
      this.value = new Float32Array(size);
      this.acc = new Float32Array(size);
      this.firstHash = new Uint32Array(size);
    }
    if (this.slots.length < 8 * features) this.slots = new Int32Array(16 * features);
  }
}
