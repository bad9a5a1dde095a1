/** Deterministic logistic regression on sparse vectors: seeded shuffling, AdaGrad steps, L2 applied on touch. */
import { seededRandom } from '../../src/domain/random.js';
import type { SparseVector } from '../../src/nlp/sentiment/encode.js';

export interface LogRegOptions {
  dims: number;
  epochs: number;
  rate: number;
  l2: number;
  seed: number;
  /** Per-example weights (e.g. to balance corpora); 1 when absent. */
  weights?: Float32Array;
}

export function dot(w: Float32Array, x: SparseVector): number {
  let z = 0;
  const { index, value } = x;
  for (let k = 0; k < index.length; k++) z += (w[index[k] ?? 0] ?? 0) * (value[k] ?? 0);
  return z;
}

/** Trains and returns the weight vector (bias is an ordinary feature). */
export function trainLogReg(xs: readonly SparseVector[], ys: ArrayLike<number>, o: LogRegOptions): Float32Array {
  // Weight and squared-gradient sum side by side: one cache line per feature touched.
  const wg = new Float32Array(o.dims * 2);
  for (let j = 1; j < wg.length; j += 2) wg[j] = 1e-6;
  const random = seededRandom(o.seed);
  const examples = Array.from({ length: xs.length }, (_, i) => i);
  for (let e = 0; e < o.epochs; e++) {
    const order = random.shuffle(examples);
    for (let t = 0; t < order.length; t++) {
      const i = order[t] ?? 0;
      const x = xs[i];
      if (!x) continue;
      const y = ys[i] ?? 0;
      const { index, value } = x;
      let z = 0;
      for (let k = 0; k < index.length; k++) z += (wg[(index[k] ?? 0) * 2] ?? 0) * (value[k] ?? 0);
      // d/dz of log(1 + exp(-y z))
      const g = (-y / (1 + Math.exp(y * z))) * (o.weights ? (o.weights[i] ?? 1) : 1);
      for (let k = 0; k < index.length; k++) {
        const j = (index[k] ?? 0) * 2;
        const wj = wg[j] ?? 0;
        const grad = g * (value[k] ?? 0) + o.l2 * wj;
        const acc = (wg[j + 1] ?? 0) + grad * grad;
        wg[j + 1] = acc;
        wg[j] = wj - (o.rate * grad) / Math.sqrt(acc);
      }
    }
  }
  const w = new Float32Array(o.dims);
  for (let j = 0; j < o.dims; j++) w[j] = wg[j * 2] ?? 0;
  return w;
}
