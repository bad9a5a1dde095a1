/** Prints accuracy, macro-F1 and the confusion matrix per dev split for the committed model (forced choice by the sign of the score). */
import { loadSentimentModel } from '../../src/nlp/sentiment/index.js';
import { CORPORA, loadSplit, requireData } from './corpus.js';

const dir = requireData('evaluate');
const t0 = Date.now();
const model = loadSentimentModel();
console.log(`model loaded in ${Date.now() - t0} ms; forced choice by the sign of polarity(); weibo texts have every [..] token removed`);
console.log('');
console.log('split          n   accuracy  macro-F1   confusion (rows gold, cols predicted: pos neg)');
for (const c of CORPORA) {
  const dev = loadSplit(dir, c, 'dev');
  // m[gold][pred], 0 = positive, 1 = negative
  const m = [
    [0, 0],
    [0, 0],
  ];
  for (const e of dev) {
    const pred = model.polarity(e.text, 'zh') >= 0 ? 0 : 1;
    const row = m[e.y > 0 ? 0 : 1];
    if (row) row[pred] = (row[pred] ?? 0) + 1;
  }
  const [tp = 0, fn = 0] = m[0] ?? [];
  const [fp = 0, tn = 0] = m[1] ?? [];
  const acc = (tp + tn) / dev.length;
  const f1 = (a: number, b: number, d: number): number => (2 * a) / (2 * a + b + d || 1);
  const macro = (f1(tp, fp, fn) + f1(tn, fn, fp)) / 2;
  const name = `${c}.dev`.padEnd(14);
  console.log(
    `${name} ${String(dev.length).padStart(4)}   ${(100 * acc).toFixed(2)}%    ${(100 * macro).toFixed(2)}     pos [${tp}, ${fn}]  neg [${fp}, ${tn}]`,
  );
}
