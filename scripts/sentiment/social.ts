/**
 * Three-class figures on the handwritten social-post set (src/nlp/sentiment/testdata/social-posts.jsonl): accuracy,
 * macro-F1 and the confusion matrix of `analyze()` labels, per split (tune / test) and per kind. Needs no shared data.
 */
import { loadSentimentModel } from '../../src/nlp/sentiment/index.js';
import { loadSocialPosts, scoreLabels } from '../../src/nlp/sentiment/social-set.js';

const model = loadSentimentModel();
const posts = loadSocialPosts();
const predicted = posts.map((p) => model.analyze(p.text, 'zh').label);

const rows: Array<[string, (i: number) => boolean]> = [
  ['tune', (i) => posts[i]?.split === 'tune'],
  ['test (held out)', (i) => posts[i]?.split === 'test'],
  ['all', () => true],
];
console.log(`social posts: ${posts.length}; labels from analyze() (neutral band included)`);
console.log('');
console.log('part              n   accuracy  macro-F1   confusion (rows gold pos/neu/neg, cols predicted pos/neu/neg)');
for (const [name, keep] of rows) {
  const idx = posts.map((_, i) => i).filter(keep);
  const s = scoreLabels(
    idx.map((i) => posts[i]?.label ?? 'neutral'),
    idx.map((i) => predicted[i] ?? 'neutral'),
  );
  const m = s.confusion.map((r) => `[${r.join(', ')}]`).join(' ');
  console.log(
    `${name.padEnd(16)} ${String(idx.length).padStart(4)}   ${(100 * s.accuracy).toFixed(2)}%    ${(100 * s.macroF1).toFixed(2)}     ${m}`,
  );
}
console.log('');
console.log('accuracy by kind (test / tune):');
const kinds = [...new Set(posts.map((p) => p.kind))];
for (const kind of kinds) {
  const part = (split: string): string => {
    const idx = posts.map((_, i) => i).filter((i) => posts[i]?.kind === kind && posts[i]?.split === split);
    const ok = idx.filter((i) => predicted[i] === posts[i]?.label).length;
    return `${ok}/${idx.length}`;
  };
  console.log(`  ${kind.padEnd(11)} ${part('test').padStart(7)}  ${part('tune').padStart(7)}`);
}
if (process.argv.includes('--errors')) {
  console.log('');
  for (const [i, p] of posts.entries()) {
    if (p.split !== 'tune' || predicted[i] === p.label) continue;
    console.log(`${p.id} ${p.kind} gold ${p.label} got ${predicted[i]} ${model.analyze(p.text, 'zh').score.toFixed(2)}  ${p.text}`);
  }
}
