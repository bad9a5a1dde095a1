/** Trains the Chinese sentiment model on ../shared/data/sentiment/*.train.jsonl and writes src/nlp/sentiment/model/zh-sentiment.bin.gz. */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Encoder, type SparseVector } from '../../src/nlp/sentiment/encode.js';
import { encodeModelFile, quantize, quantize16 } from '../../src/nlp/sentiment/model-file.js';
import { CORPORA, loadSplit, requireData } from './corpus.js';
import { trainLogReg } from './logreg.js';
import { DOMAINS, domainOf, emoticonTable, nbScale, SETTINGS } from './recipe.js';

const here = dirname(fileURLToPath(import.meta.url));
const out = resolve(here, '../../src/nlp/sentiment/model/zh-sentiment.bin.gz');

const dir = requireData('train on');
const t0 = Date.now();
const train = CORPORA.flatMap((c) => loadSplit(dir, c, 'train'));
console.log(`loaded ${train.length} training texts from ${dir}`);

const enc = new Encoder(SETTINGS.encoder);
const dims = 2 ** SETTINGS.encoder.bits;
const xs = train.map((e) => enc.encode(e.text, [[domainOf(e), SETTINGS.domainWeight]]));
const ys = Int8Array.from(train.map((e) => e.y));
const exampleWeights = Float32Array.from(train.map((e) => SETTINGS.corpusWeight[e.corpus]));
console.log(`encoded in ${((Date.now() - t0) / 1000).toFixed(1)} s`);

// NB-style feature scaling: each bucket's value is multiplied by 1 - β + β|r| (r its log-count ratio).
const scale = nbScale(xs, ys, dims, SETTINGS.nbAlpha, SETTINGS.nbBeta);
for (const x of xs) for (let k = 0; k < x.index.length; k++) x.value[k] = (x.value[k] ?? 0) * (scale[x.index[k] ?? 0] ?? 1);

const t1 = Date.now();
// Several seeded runs (different shuffles) averaged: less variance from example order.
const w = new Float32Array(dims);
for (let s = 0; s < SETTINGS.runs; s++) {
  const ws = trainLogReg(xs, ys, {
    dims,
    epochs: SETTINGS.epochs,
    rate: SETTINGS.rate,
    l2: SETTINGS.l2,
    seed: SETTINGS.seed + 100 * s,
    weights: exampleWeights,
  });
  for (let j = 0; j < dims; j++) w[j] = (w[j] ?? 0) + (ws[j] ?? 0) / SETTINGS.runs;
}
// Fold the NB scale into the weights so inference needs only one array.
for (let j = 0; j < dims; j++) w[j] = (w[j] ?? 0) * (scale[j] ?? 1);
console.log(`sentiment weights trained in ${((Date.now() - t1) / 1000).toFixed(1)} s`);

// Domain detector: one-vs-rest logistic regression over the base features, folded into a small bucket space.
const detSize = 2 ** SETTINGS.detectorBits;
const detX: SparseVector[] = xs.map((x) => ({
  index: x.index.slice(0, x.base).map((i) => i & (detSize - 1)),
  value: x.value.slice(0, x.base),
}));
const det = new Float32Array(DOMAINS.length * detSize);
DOMAINS.forEach((_, d) => {
  const yd = Int8Array.from(train.map((e) => (domainOf(e) === d ? 1 : -1)));
  det.set(
    trainLogReg(detX, yd, { dims: detSize, epochs: SETTINGS.detectorEpochs, rate: 0.1, l2: 0, seed: SETTINGS.seed + d + 1 }),
    d * detSize,
  );
});

const qw = quantize16(w);
const qd = quantize(det);
const file = encodeModelFile({
  header: {
    format: 'yuqing-sentiment-zh',
    version: 1,
    encoder: SETTINGS.encoder,
    domains: [...DOMAINS],
    domainWeight: SETTINGS.domainWeight,
    scale: qw.scale,
    detectorBits: SETTINGS.detectorBits,
    detectorScale: qd.scale,
    emoticons: emoticonTable(train),
    trainedOn: Object.fromEntries(CORPORA.map((c) => [c, train.filter((e) => e.corpus === c).length])),
  },
  weights: qw.q,
  detector: qd.q,
});
mkdirSync(dirname(out), { recursive: true });
writeFileSync(out, file);
console.log(`wrote ${out} (${(file.length / 1024).toFixed(0)} KiB) in ${((Date.now() - t0) / 1000).toFixed(1)} s total`);
