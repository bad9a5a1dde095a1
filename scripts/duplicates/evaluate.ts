/** Recall and precision of near-duplicate finding on the shared review corpora plus generated reposts (skips when absent). */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { evaluateDuplicates } from '../../src/nlp/duplicates/evaluate.js';

const dir = resolve(import.meta.dirname, '../../../shared/data/sentiment');
if (!existsSync(dir)) {
  console.log(`no corpora at ${dir}; nothing to evaluate`);
  process.exit(0);
}
const split = process.argv[2] === 'all' ? ['dev', 'train'] : ['dev'];
const files = ['hotel', 'waimai', 'shopping', 'weibo'].flatMap((d) => split.map((s) => resolve(dir, `${d}.${s}.jsonl`))).filter(existsSync);
console.log(`texts from ${files.length} files (${split.join(' + ')} splits); two reposts per original, seed 7`);
const texts = files.flatMap((f) =>
  readFileSync(f, 'utf8')
    .split('\n')
    .filter((l) => l.trim() !== '')
    .map((l) => (JSON.parse(l) as { text: string }).text),
);
for (const minChars of [60, 20]) {
  const started = performance.now();
  const s = evaluateDuplicates(texts, { seed: 7, minChars });
  const ms = performance.now() - started;
  console.log(
    `texts ≥ ${minChars} chars: ${s.originals} originals, ${s.reposts} reposts; found ${s.found} (recall ${(s.recall * 100).toFixed(2)}%), ` +
      `flagged ${s.flagged}, correct ${s.correct} (precision ${(s.precision * 100).toFixed(2)}%); ${Math.round(ms)} ms`,
  );
}
