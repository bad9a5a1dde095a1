/** Scoring Chinese text with the committed linear model: shared weights plus the detected domain's block, rules, emoticons and emoji. */
import { extractEmoticons, stripEmoticons } from '../text/emoticons.js';
import { emojiLogit } from './emoji.js';
import { type EncodedText, Encoder } from './encode.js';
import { mix32, seedHash } from './hash.js';
import type { ModelFile, ModelHeader } from './model-file.js';
import { applyZhRules } from './zh-rules.js';

/** How one text's logit was made up; `evidence` is the summed magnitude of what the features contributed. */
export interface ZhScore {
  logit: number;
  textLogit: number;
  domain: string;
  domainProbability: number;
  evidence: number;
  emoticons: number;
}

/**
 * Weights stay in their quantised form (int16 sentiment weights, int8 detector rows interleaved so one bucket's domain
 * values share a cache line): 3 MB to read instead of 8, each value exactly the float32 the dequantised array held.
 */
export class ChineseSentimentModel {
  readonly header: ModelHeader;
  private readonly encoder: Encoder;
  private readonly weights: Int16Array;
  private readonly scale: number;
  /** Detector weights, bucket-major: bucket j's value for domain d at j × domains + d. */
  private readonly detector: Int8Array;
  private readonly detectorScale: number;
  /** Each int8 detector value q dequantised (at q + 128), as the float32 the dequantised array held. */
  private readonly detectorValues: Float64Array;
  private readonly mask: number;
  private readonly detMask: number;
  private readonly emoticons: Map<string, number>;
  private readonly probs: Float64Array;
  /** Per domain: the seed of its block (`domainHash`) and, while scoring, its probability × the domain weight. */
  private readonly domainSeeds: Int32Array;
  private readonly domainFactor: Float64Array;
  private readonly active: Int32Array;

  constructor(file: ModelFile) {
    const h = file.header;
    this.header = h;
    this.encoder = new Encoder(h.encoder);
    this.weights = file.weights;
    this.scale = h.scale;
    this.detectorScale = h.detectorScale;
    this.detectorValues = Float64Array.from({ length: 256 }, (_, i) => Math.fround((i - 128) * h.detectorScale));
    this.mask = 2 ** h.encoder.bits - 1;
    const detSize = 2 ** h.detectorBits;
    this.detMask = detSize - 1;
    const domains = h.domains.length;
    this.detector = new Int8Array(domains * detSize);
    for (let d = 0; d < domains; d++)
      for (let j = 0; j < detSize; j++) this.detector[j * domains + d] = file.detector[d * detSize + j] ?? 0;
    this.emoticons = new Map(Object.entries(h.emoticons));
    this.probs = new Float64Array(domains);
    this.domainSeeds = Int32Array.from(h.domains, (_, d) => seedHash(1000 + d));
    this.domainFactor = new Float64Array(domains);
    this.active = new Int32Array(domains);
  }

  private gathered = new Int16Array(4096);

  private gatherBuffer(size: number): Int16Array {
    if (this.gathered.length < size) this.gathered = new Int16Array(size * 2);
    return this.gathered;
  }

  /** The sentiment weight of a bucket, as the float32 the dequantised weights held. */
  private weight(bucket: number): number {
    return Math.fround((this.weights[bucket] as number) * this.scale);
  }

  /** Domain probabilities from the detector (softmax over its one-vs-rest logits). */
  private detect(x: EncodedText): Float64Array {
    const p = this.probs;
    const domains = p.length;
    const det = this.detector;
    const scale = this.detectorScale;
    const mask = this.detMask;
    p.fill(0);
    if (domains === 4) this.detect4(x);
    else {
      for (let k = 0; k < x.base; k++) {
        const v = x.value[k] as number;
        const row = ((x.index[k] as number) & mask) * domains;
        for (let d = 0; d < domains; d++) p[d] = (p[d] as number) + v * Math.fround((det[row + d] as number) * scale);
      }
    }
    let max = -Infinity;
    for (let d = 0; d < domains; d++) if ((p[d] as number) > max) max = p[d] as number;
    let sum = 0;
    for (let d = 0; d < domains; d++) {
      p[d] = Math.exp((p[d] ?? 0) - max);
      sum += p[d] ?? 0;
    }
    for (let d = 0; d < domains; d++) p[d] = (p[d] ?? 0) / sum;
    return p;
  }

  /** `detect`'s sums for the committed model's four domains in registers, each term as the general loop makes it. */
  private detect4(x: EncodedText): void {
    const det = this.detector;
    const dq = this.detectorValues;
    const mask = this.detMask;
    let p0 = 0;
    let p1 = 0;
    let p2 = 0;
    let p3 = 0;
    for (let k = 0; k < x.base; k++) {
      const v = x.value[k] as number;
      const row = ((x.index[k] as number) & mask) * 4;
      p0 += v * (dq[(det[row] as number) + 128] as number);
      p1 += v * (dq[(det[row + 1] as number) + 128] as number);
      p2 += v * (dq[(det[row + 2] as number) + 128] as number);
      p3 += v * (dq[(det[row + 3] as number) + 128] as number);
    }
    const p = this.probs;
    p[0] = p0;
    p[1] = p1;
    p[2] = p2;
    p[3] = p3;
  }

  /** The shared weights' logit alone, for a short span out of context. */
  private sharedLogit(text: string): number {
    const x = this.encoder.encodeShared(text);
    let z = 0;
    for (let k = 0; k < x.base; k++) z += (x.value[k] ?? 0) * this.weight(x.index[k] ?? 0);
    return z;
  }

  /**
   * Scores a text; `[..]` emoticons count through their own table, never through the text features. A known `domain`
   * skips detection. `cut` segments the model's normalised text (jieba by default; a cut that reuses an earlier
   * segmentation must give the same words).
   */
  score(text: string, domain?: string, cut?: (text: string) => readonly string[]): ZhScore {
    const names = extractEmoticons(text);
    const plain = names.length > 0 ? stripEmoticons(text) : text;
    const rules = applyZhRules(plain, (span) => this.sharedLogit(span));
    const x = this.encoder.encodeShared(rules.text, cut);
    const p = this.detect(x);
    const forced = domain === undefined ? -1 : this.header.domains.indexOf(domain);
    if (forced >= 0) for (let d = 0; d < p.length; d++) p[d] = d === forced ? 1 : 0;
    const dw = this.header.domainWeight;
    let best = 0;
    for (let d = 1; d < p.length; d++) if ((p[d] ?? 0) > (p[best] ?? 0)) best = d;
    // Domains below 1 % probability add nothing; the others add their block's copy of each feature.
    const { active, domainFactor, domainSeeds, mask } = this;
    let actives = 0;
    for (let d = 0; d < p.length; d++) {
      const pd = p[d] ?? 0;
      if (pd < 0.01) continue;
      active[actives++] = d;
      domainFactor[d] = pd * dw;
    }
    // Gather every weight first (the loads are independent, so many are in flight at once), then sum in feature order.
    const stride = 1 + actives;
    const gathered = this.gatherBuffer(x.base * stride);
    const weights = this.weights;
    for (let k = 0, g = 0; k < x.base; k++) {
      const hash = x.hashes[k] as number;
      gathered[g++] = weights[x.index[k] as number] as number;
      for (let a = 0; a < actives; a++)
        gathered[g++] = weights[mix32(hash ^ (domainSeeds[active[a] as number] as number)) & mask] as number;
    }
    const scale = this.scale;
    let z = 0;
    let evidence = 0;
    for (let k = 0, g = 0; k < x.base; k++) {
      const v = x.value[k] as number;
      let c = Math.fround((gathered[g++] as number) * scale);
      for (let a = 0; a < actives; a++) c += (domainFactor[active[a] as number] as number) * Math.fround((gathered[g++] as number) * scale);
      z += v * c;
      evidence += Math.abs(v * c);
    }
    let emo = emojiLogit(plain);
    for (const n of names) emo += this.emoticons.get(n) ?? 0;
    return {
      logit: z + emo + rules.logit,
      textLogit: z + rules.logit,
      domain: this.header.domains[best] ?? '',
      domainProbability: p[best] ?? 0,
      evidence,
      emoticons: emo,
    };
  }
}
