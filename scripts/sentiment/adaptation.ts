/**
 * Measures the per-workspace adjustment layer on held-out corrections: accuracy of the base model against the model
 * adapted on other corrections only. Weibo and hotel use the shared corpora (skipped when absent); the finance desk
 * uses the handwritten set in src/nlp/sentiment/adaptation-fixtures.ts, held out by company.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import { seededRandom } from '../../src/domain/random.js';
import { generateReposts } from '../../src/nlp/duplicates/reposts.js';
import { type AdaptationSettings, type Correction, defaultAdaptation, learnAdaptation } from '../../src/nlp/sentiment/adaptation.js';
import { financeDesk } from '../../src/nlp/sentiment/adaptation-fixtures.js';
import { loadSentimentModel, squash } from '../../src/nlp/sentiment/index.js';
import { labelFor, type SentimentLabel } from '../../src/nlp/sentiment/neutral.js';
import { type Corpus, dataDir, loadSplit } from './corpus.js';

const model = loadSentimentModel();
const pct = (x: number) => `${(100 * x).toFixed(2)}%`;

/** Forced choice by sign for binary corpora; full label (with the neutral band) for three-way sets. */
function accuracy(
  items: { text: string; label: SentimentLabel; base: number }[],
  adjust: (t: string, z: number) => number,
  forced: boolean,
) {
  let ok = 0;
  for (const e of items) {
    const z = adjust(e.text, e.base);
    const pred: SentimentLabel = forced ? (z >= 0 ? 'positive' : 'negative') : labelFor(squash(z));
    if (pred === e.label) ok++;
  }
  return ok / items.length;
}

function corpusScenario(corpus: Corpus, sizes: number[], settings: AdaptationSettings): void {
  const dir = dataDir();
  if (!existsSync(resolve(dir, `${corpus}.train.jsonl`))) {
    console.log(`${corpus}: no shared corpora at ${dir}; skipped`);
    return;
  }
  const label = (y: number): SentimentLabel => (y > 0 ? 'positive' : 'negative');
  // The base model was trained on the train split: corrections come from one half of dev (texts it never saw), tests from the other.
  const dev = seededRandom(42).shuffle(loadSplit(dir, corpus, 'dev'));
  const half = Math.floor(dev.length / 2);
  const pool = dev.slice(0, Math.min(half, Math.max(...sizes)));
  const test = dev.slice(half).map((e) => ({ text: e.text, label: label(e.y), base: model.polarity(e.text, 'zh') }));
  const base = accuracy(test, (_t, z) => z, true);
  const parts = sizes
    .filter((n) => n <= half)
    .map((n) => {
      const corrections: Correction[] = pool
        .slice(0, n)
        .map((e) => ({ text: e.text, label: label(e.y), baseLogit: model.polarity(e.text, 'zh') }));
      const a = learnAdaptation(corrections, settings);
      return `${n} corrections → ${pct(accuracy(test, (t, z) => a.adjust(t, z).logit, true))}`;
    });
  console.log(`${corpus}.dev held-out half (${test.length}, forced choice): base ${pct(base)}; adapted: ${parts.join(', ')}`);
  // Reposts of corrected mentions (new texts, edited copies of corrected ones): the copy rule at work.
  const corrected = pool.slice(0, Math.min(300, half));
  const a = learnAdaptation(
    corrected.map((e) => ({ text: e.text, label: label(e.y), baseLogit: model.polarity(e.text, 'zh') })),
    settings,
  );
  const reposts = generateReposts(
    corrected.map((e) => e.text),
    { seed: 3, perOriginal: 1 },
  ).map((r) => {
    const e = corrected[r.of];
    return { text: r.text, label: label(e?.y ?? 1), base: model.polarity(r.text, 'zh') };
  });
  const adapted = accuracy(reposts, (t, z) => a.adjust(t, z).logit, true);
  console.log(
    `${corpus}: reposts of ${corrected.length} corrected mentions: base ${pct(accuracy(reposts, (_t, z) => z, true))}, adapted ${pct(adapted)}`,
  );
}

function financeScenario(settings: AdaptationSettings, by: 'group' | 'template'): void {
  const all = financeDesk().map((e) => ({ ...e, base: model.polarity(e.text, 'zh') }));
  const key = (e: (typeof all)[number]) => (by === 'group' ? e.group : e.template);
  const groups = [...new Set(all.map(key))];
  let base = 0;
  let adapted = 0;
  // Adapt on the other folds' corrections, test on the held-out fold.
  for (const g of groups) {
    const test = all.filter((e) => key(e) === g);
    const a = learnAdaptation(
      all.filter((e) => key(e) !== g).map((e) => ({ text: e.text, label: e.label, baseLogit: e.base })),
      settings,
    );
    base += accuracy(test, (_t, z) => z, false) * test.length;
    adapted += accuracy(test, (t, z) => a.adjust(t, z).logit, false) * test.length;
  }
  const how = by === 'group' ? 'leave-one-company-out: same phrasings, new companies' : 'leave-one-phrasing-out: unseen phrasings';
  console.log(
    `finance desk (${all.length} handwritten, 3-way, ${how}): base ${pct(base / all.length)}, adapted ${pct(adapted / all.length)}`,
  );
}

const settings: AdaptationSettings = {
  ...defaultAdaptation,
  ...(process.argv[2] ? (JSON.parse(process.argv[2]) as Partial<AdaptationSettings>) : {}),
};
console.log(`settings ${JSON.stringify(settings)}`);
financeScenario(settings, 'group');
financeScenario(settings, 'template');
corpusScenario('weibo', [100, 300, 1000], settings);
corpusScenario('hotel', [100, 300, 1000], settings);
