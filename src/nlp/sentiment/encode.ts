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
  private readonly acc: Float32Array;
  private readonly touched: Uint32Array;
  private readonly firstHash: Uint32Array;
  private readonly mask: number;
  /** The base vector of the last `encodeShared`, views into these buffers (grown as needed). */
  private index = new Uint32Array(1024);
  private value = new Float32Array(1024);

  constructor(readonly options: EncoderOptions) {
    this.acc = new Float32Array(2 ** options.bits);
    this.touched = new Uint32Array(2 ** options.bits);
    this.firstHash = new Uint32Array(2 ** options.bits);
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
    const { acc, touched, firstHash, mask } = this;
    let n = 0;
    for (let i = 0; i < bag.size; i++) {
      const h = bag.hashes[i] ?? 0;
      const b = h & mask;
      if (acc[b] === 0) {
        touched[n] = b;
        firstHash[n++] = h;
      }
      acc[b] = (acc[b] ?? 0) + (bag.values[i] ?? 0);
    }
    if (this.index.length < n) {
      this.index = new Uint32Array(n * 2);
      this.value = new Float32Array(n * 2);
    }
    const { index, value } = this;
    let norm = 0;
    for (let i = 0; i < n; i++) {
      const b = touched[i] ?? 0;
      const tf = acc[b] ?? 0;
      const v = this.options.sublinearTf ? 1 + Math.log(tf) : 1;
      index[i] = b;
      value[i] = v;
      norm += v * v;
      acc[b] = 0;
    }
    const inv = norm > 0 ? 1 / Math.sqrt(norm) : 0;
    for (let i = 0; i < n; i++) value[i] = (value[i] ?? 0) * inv;
    return { index: index.subarray(0, n), value: value.subarray(0, n), hashes: firstHash.subarray(0, n), base: n };
  }
}
