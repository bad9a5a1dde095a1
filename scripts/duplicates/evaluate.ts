/**
 * Recall and precision of near-duplicate finding: the shared review corpora (skipped when absent) with light and
 * heavy generated reposts, and the report templates of src/nlp/duplicates/testdata filled with different facts
 * (hard negatives) plus their reposts. `all` adds the train splits; `--data=DIR` names the corpora folder
 * (default: ../shared/data/sentiment beside the repository).
 */
import { existsSync, readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { type DuplicateScore, evaluateDuplicates, evaluateHardNegatives } from '../../src/nlp/duplicates/evaluate.js';
import { HEAVY_EDITS, LIGHT_EDITS } from '../../src/nlp/duplicates/reposts.js';
import { fillTemplates, type TemplateSet } from '../../src/nlp/duplicates/templates.js';

const pct = (x: number) => `${(x * 100).toFixed(2)}%`;
function line(label: string, s: DuplicateScore): string {
  const edits = Object.entries(s.byEdit)
    .map(([e, t]) => `${e} ${pct(t.found / t.reposts)}`)
    .join(', ');
  return (
    `${label}: ${s.originals} originals, ${s.reposts} reposts; found ${s.found} (recall ${pct(s.recall)}), ` +
    `flagged ${s.flagged}, correct ${s.correct} (precision ${pct(s.precision)}), originals flagged ${s.originalsFlagged}\n    by edit: ${edits}`
  );
}

const args = process.argv.slice(2);
const dataArg = args.find((a) => a.startsWith('--data='));
const dir = dataArg ? resolve(dataArg.slice('--data='.length)) : resolve(import.meta.dirname, '../../../shared/data/sentiment');
const split = args.includes('all') ? ['dev', 'train'] : ['dev'];
const files = ['hotel', 'waimai', 'shopping', 'weibo'].flatMap((d) => split.map((s) => resolve(dir, `${d}.${s}.jsonl`))).filter(existsSync);
if (files.length === 0) console.log(`no corpora at ${dir}; review figures skipped`);
else {
  console.log(`texts from ${files.length} files (${split.join(' + ')} splits); two reposts per original, seed 7`);
  const texts = files.flatMap((f) =>
    readFileSync(f, 'utf8')
      .split('\n')
      .filter((l) => l.trim() !== '')
      .map((l) => (JSON.parse(l) as { text: string }).text),
  );
  for (const minChars of [60, 20]) {
    for (const [name, kinds] of [
      ['light', LIGHT_EDITS],
      ['heavy', HEAVY_EDITS],
    ] as const) {
      console.log(line(`texts ≥ ${minChars} chars, ${name} edits`, evaluateDuplicates(texts, { seed: 7, minChars, kinds })));
    }
  }
}

const set = JSON.parse(
  readFileSync(resolve(import.meta.dirname, '../../src/nlp/duplicates/testdata/report-templates.json'), 'utf8'),
) as TemplateSet;
for (const seed of [5, 6, 7]) {
  const groups = fillTemplates(set, { seed });
  const hard = evaluateHardNegatives(groups);
  const kinds = Object.entries(hard.byKind)
    .map(([k, t]) => `${k} ${t.copies}/${t.pairs}`)
    .join(', ');
  console.log(
    `report templates, seed ${seed}: ${hard.pairs} hard-negative pairs, taken for copies ${hard.copies} (${pct(hard.copies / hard.pairs)}); base vs ${kinds}`,
  );
  const texts = groups.flat().map((g) => g.text);
  for (const [name, kinds] of [
    ['light', LIGHT_EDITS],
    ['heavy', HEAVY_EDITS],
  ] as const) {
    console.log(line(`  filled texts, ${name} edits`, evaluateDuplicates(texts, { seed, minChars: 20, kinds, perOriginal: 4 })));
  }
}
