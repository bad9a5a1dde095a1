/**
 * The per-workspace adjustment layer learned from analysts' corrections, on top of the base model:
 * (1) a copy of a corrected text (near-duplicate: repost, edited copy) takes the analyst's label outright;
 * (2) otherwise the logit becomes a·base + b + w·φ(text), a small online logistic layer with hashed features φ,
 * trained on the corrections with soft targets (positive 1, neutral ½, negative 0) and L2 towards the base model.
 */
import { createDuplicateIndex, fingerprint } from '../duplicates/index.js';
import { adaptFeatures, type SparseFeatures } from './adapt-features.js';
import { labelFor, type SentimentLabel } from './neutral.js';

export interface Correction {
  text: string;
  label: SentimentLabel;
  /** The base model's logit for the text (before any adaptation). */
  baseLogit: number;
}

export interface AdaptationSettings {
  epochs: number;
  /** AdaGrad rate for the feature weights. */
  rate: number;
  /** L2 pull of every parameter towards the base model (a = 1, b = 0, w = 0). */
  l2: number;
  /** Whether copies of corrected texts take the corrected label. */
  copies: boolean;
}

export const defaultAdaptation: AdaptationSettings = { epochs: 5, rate: 0.05, l2: 0.01, copies: true };

export interface Adaptation {
  /** How many corrections it learned from. */
  readonly size: number;
  /** The adapted logit, or the label of a corrected copy. */
  adjust(text: string, baseLogit: number): { logit: number; copyOf: SentimentLabel | null };
}

const target: Record<SentimentLabel, number> = { positive: 1, neutral: 0.5, negative: 0 };
/** The logit an adopted label maps to: clearly inside its band. */
const labelLogit: Record<SentimentLabel, number> = { positive: 2.5, neutral: 0, negative: -2.5 };

const sigmoid = (z: number) => 1 / (1 + Math.exp(-z));

/** No corrections: the base model unchanged. */
export const identityAdaptation: Adaptation = { size: 0, adjust: (_t, z) => ({ logit: z, copyOf: null }) };

export function learnAdaptation(corrections: readonly Correction[], settings: AdaptationSettings = defaultAdaptation): Adaptation {
  if (corrections.length === 0) return identityAdaptation;
  const w = new Map<number, number>();
  const g2 = new Map<number, number>();
  let a = 1;
  let b = 0;
  let ga = 1e-8;
  let gb = 1e-8;
  const xs: SparseFeatures[] = corrections.map((c) => adaptFeatures(c.text));
  const dot = (x: SparseFeatures) => {
    let s = 0;
    for (let k = 0; k < x.index.length; k++) s += (w.get(x.index[k] ?? 0) ?? 0) * (x.value[k] ?? 0);
    return s;
  };
  // Deterministic order: oldest first, the latest corrections seen last in every epoch.
  for (let e = 0; e < settings.epochs; e++) {
    corrections.forEach((c, i) => {
      const x = xs[i] as SparseFeatures;
      const z = a * c.baseLogit + b + dot(x);
      const g = sigmoid(z) - target[c.label];
      const gA = g * c.baseLogit + settings.l2 * (a - 1);
      const gB = g + settings.l2 * b;
      ga += gA * gA;
      gb += gB * gB;
      a -= (0.1 * gA) / Math.sqrt(ga);
      b -= (0.1 * gB) / Math.sqrt(gb);
      for (let k = 0; k < x.index.length; k++) {
        const j = x.index[k] ?? 0;
        const wj = w.get(j) ?? 0;
        const gj = g * (x.value[k] ?? 0) + settings.l2 * wj;
        const acc = (g2.get(j) ?? 1e-8) + gj * gj;
        g2.set(j, acc);
        w.set(j, wj - (settings.rate * gj) / Math.sqrt(acc));
      }
    });
  }
  const copies = createDuplicateIndex();
  const labels = new Map<number, SentimentLabel>();
  if (settings.copies)
    corrections.forEach((c, i) => {
      // Copies of one text form a group keyed by its first correction; the latest correction in the group wins.
      const of = copies.addFingerprint(i, fingerprint(c.text), i);
      labels.set(typeof of === 'number' ? of : i, c.label);
    });
  return {
    size: corrections.length,
    adjust(text, baseLogit) {
      if (settings.copies) {
        const group = copies.match(fingerprint(text));
        const label = typeof group === 'number' ? labels.get(group) : undefined;
        if (label) return { logit: labelLogit[label], copyOf: label };
      }
      return { logit: a * baseLogit + b + dot(adaptFeatures(text)), copyOf: null };
    },
  };
}

/** The label and score for an adapted logit, with the same neutral band as the base model. */
export function adaptedResult(logit: number): { label: SentimentLabel; score: number } {
  const score = Math.tanh(logit / 2);
  return { label: labelFor(score), score };
}
