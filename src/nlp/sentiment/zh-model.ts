/** Scoring Chinese text with the committed linear model: shared weights plus the detected domain's block, rules, emoticons and emoji. */
import { extractEmoticons, stripEmoticons } from '../text/emoticons.js';
import { emojiLogit } from './emoji.js';
import { domainHash, type EncodedText, Encoder } from './encode.js';
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

export class ChineseSentimentModel {
  readonly header: ModelHeader;
  private readonly encoder: Encoder;
  private readonly weights: Float32Array;
  private readonly detector: Float32Array;
  private readonly mask: number;
  private readonly detMask: number;
  private readonly detSize: number;
  private readonly emoticons: Map<string, number>;
  private readonly probs: Float64Array;

  constructor(file: ModelFile) {
    const h = file.header;
    this.header = h;
    this.encoder = new Encoder(h.encoder);
    this.weights = Float32Array.from(file.weights, (q) => q * h.scale);
    this.detector = Float32Array.from(file.detector, (q) => q * h.detectorScale);
    this.mask = 2 ** h.encoder.bits - 1;
    this.detSize = 2 ** h.detectorBits;
    this.detMask = this.detSize - 1;
    this.emoticons = new Map(Object.entries(h.emoticons));
    this.probs = new Float64Array(h.domains.length);
  }

  /** Domain probabilities from the detector (softmax over its one-vs-rest logits). */
  private detect(x: EncodedText): Float64Array {
    const p = this.probs;
    let max = -Infinity;
    for (let d = 0; d < p.length; d++) {
      let z = 0;
      const off = d * this.detSize;
      for (let k = 0; k < x.base; k++) z += (x.value[k] ?? 0) * (this.detector[off + ((x.index[k] ?? 0) & this.detMask)] ?? 0);
      p[d] = z;
      if (z > max) max = z;
    }
    let sum = 0;
    for (let d = 0; d < p.length; d++) {
      p[d] = Math.exp((p[d] ?? 0) - max);
      sum += p[d] ?? 0;
    }
    for (let d = 0; d < p.length; d++) p[d] = (p[d] ?? 0) / sum;
    return p;
  }

  /** The shared weights' logit alone, for a short span out of context. */
  private sharedLogit(text: string): number {
    const x = this.encoder.encode(text);
    let z = 0;
    for (let k = 0; k < x.base; k++) z += (x.value[k] ?? 0) * (this.weights[x.index[k] ?? 0] ?? 0);
    return z;
  }

  /** Scores a text; `[..]` emoticons count through their own table, never through the text features. A known `domain` skips detection. */
  score(text: string, domain?: string): ZhScore {
    const names = extractEmoticons(text);
    const plain = names.length > 0 ? stripEmoticons(text) : text;
    const rules = applyZhRules(plain, (span) => this.sharedLogit(span));
    const x = this.encoder.encode(rules.text);
    const p = this.detect(x);
    const forced = domain === undefined ? -1 : this.header.domains.indexOf(domain);
    if (forced >= 0) for (let d = 0; d < p.length; d++) p[d] = d === forced ? 1 : 0;
    const w = this.weights;
    const dw = this.header.domainWeight;
    let best = 0;
    for (let d = 1; d < p.length; d++) if ((p[d] ?? 0) > (p[best] ?? 0)) best = d;
    let z = 0;
    let evidence = 0;
    for (let k = 0; k < x.base; k++) {
      const v = x.value[k] ?? 0;
      let c = w[x.index[k] ?? 0] ?? 0;
      for (let d = 0; d < p.length; d++) {
        const pd = p[d] ?? 0;
        if (pd < 0.01) continue;
        c += pd * dw * (w[domainHash(x.hashes[k] ?? 0, d) & this.mask] ?? 0);
      }
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
