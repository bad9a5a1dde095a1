/** The training recipe chosen on the dev splits: feature settings, optimiser settings, domains, NB scaling, emoticon table. */
import type { EncoderOptions, SparseVector } from '../../src/nlp/sentiment/encode.js';
import type { Corpus, Example } from './corpus.js';

export const SETTINGS = {
  encoder: {
    bits: 20,
    charOrder: 2,
    wordUnigrams: true,
    wordBigrams: true,
    cues: true,
    position: false,
    sublinearTf: false,
  } satisfies EncoderOptions,
  domainWeight: 1,
  /** Per-corpus example weights in the loss. */
  corpusWeight: { hotel: 2, waimai: 1.5, shopping: 1, weibo: 1 } satisfies Record<Corpus, number>,
  nbAlpha: 1,
  nbBeta: 0.3,
  epochs: 5,
  rate: 0.1,
  l2: 1e-6,
  seed: 1,
  runs: 3,
  detectorBits: 18,
  detectorEpochs: 5,
};

/** Domain blocks. Shopping's 酒店 category is hotel reviews, so it trains the hotel block. */
export const DOMAINS = ['hotel', 'waimai', 'shopping', 'weibo'] as const;

export function domainOf(e: Example): number {
  if (e.category === '酒店') return 0;
  return DOMAINS.indexOf(e.corpus);
}

/** Per-bucket scale 1 - β + β|r|, r = log-count ratio of positive vs negative documents (smoothed by α). */
export function nbScale(xs: readonly SparseVector[], ys: ArrayLike<number>, dims: number, alpha: number, beta: number): Float32Array {
  const pos = new Float32Array(dims);
  const neg = new Float32Array(dims);
  let np = 0;
  let nn = 0;
  xs.forEach((x, i) => {
    const isPos = (ys[i] ?? 0) > 0;
    const c = isPos ? pos : neg;
    for (const j of x.index) c[j] = (c[j] ?? 0) + 1;
    if (isPos) np++;
    else nn++;
  });
  const s = new Float32Array(dims);
  for (let j = 0; j < dims; j++) {
    const r = Math.log(((pos[j] ?? 0) + alpha) / (np + alpha)) - Math.log(((neg[j] ?? 0) + alpha) / (nn + alpha));
    s[j] = 1 - beta + beta * Math.abs(r);
  }
  return s;
}

/** Emoticon logits from Weibo training texts: smoothed log-odds, clipped to ±3, for names seen at least 5 times. */
export function emoticonTable(train: readonly Example[]): Record<string, number> {
  const counts = new Map<string, [number, number]>();
  let np = 0;
  let nn = 0;
  for (const e of train) {
    if (e.corpus !== 'weibo') continue;
    if (e.y > 0) np++;
    else nn++;
    for (const name of new Set(e.emoticons)) {
      const c = counts.get(name) ?? [0, 0];
      c[e.y > 0 ? 0 : 1]++;
      counts.set(name, c);
    }
  }
  const out: Record<string, number> = {};
  for (const name of [...counts.keys()].sort()) {
    const [p, n] = counts.get(name) ?? [0, 0];
    if (p + n < 5) continue;
    const r = Math.log((p + 1) / (np + 1)) - Math.log((n + 1) / (nn + 1));
    out[name] = Math.round(Math.max(-3, Math.min(3, r)) * 100) / 100;
  }
  return out;
}
