import { connect } from '/work/wt/search/src/store/dialect.ts';
import { findMatches } from '/work/wt/search/src/search/search.ts';
import { candidateIds } from '/work/wt/search/src/store/queries/search-index.ts';
import { prefilterOf } from '/work/wt/search/src/search/prefilter.ts';
import { compileQuery, parseQuery } from '/work/wt/search/src/match/index.ts';
import { matchDocumentOf } from '/work/wt/search/src/match/mention-document.ts';
import { readFileSync } from 'node:fs';
import { sql } from '/work/main/node_modules/kysely/dist/esm/index.js';
const db = connect({ url: `sqlite:${process.argv[2]}` });
const qs = [...JSON.parse(readFileSync('/tmp/sb/topics.json','utf8')), '投诉', '"屏幕 断裂"', '退款 NEAR/5 客服', 'recall*'];
for (const q of qs) {
  const tree = parseQuery(q);
  const t0 = performance.now();
  const ids = await candidateIds(db.kysely, 1, prefilterOf(tree)!);
  const t1 = performance.now();
  const set = await findMatches(db.kysely, 1, q, {});
  const t2 = performance.now();
  // lean verify of first 10k
  const test = compileQuery(tree);
  const part = ids.slice(0, 10000);
  let n = 0;
  for (let i = 0; i < part.length; i += 1000) {
    const r = await sql<{id:number,title:string,text:string}>`SELECT id, title, text FROM mentions WHERE id IN (${sql.join(part.slice(i,i+1000))})`.execute(db.kysely);
    for (const x of r.rows) if (test({ title: x.title, text: x.text })) n++;
  }
  const t3 = performance.now();
  console.log(q.slice(0,40).padEnd(40), 'cand', ids.length, 'match', set.hits.length, 'idx ms', (t1-t0).toFixed(1), 'full ms', (t2-t1).toFixed(0), 'lean10k ms', (t3-t2).toFixed(1), n);
}
